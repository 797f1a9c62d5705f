package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Every message of Nuevo Caso (manual §5.1) and of its datos complementarios, in a real browser, as Ana (usuario
 * principal of 1000003): the required fields and the catalogue's, the lengths the inputs hold to, the five lines,
 * each field of a line checked as it is left, with the manual's names, by the rules Finalizar Alta applies, and the
 * documents of Anexar Información judged by their content. One browser and one login for the class; the form is
 * opened afresh for each test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ValidacionesNuevoCasoIT {

    @ArquillianResource
    private URL base;

    @TempDir
    private Path ficheros;

    private static Navegador navegador;
    private static WebDriver driver;

    @BeforeEach
    void abrirNuevoCaso() {
        if (navegador == null) {
            navegador = new Navegador();
            driver = navegador.driver();
            navegador.acceder(Local.raiz(base), "11111111H");
        }
        navegador.ir(Local.raiz(base), "portal/casos/nuevo.xhtml");
    }

    @AfterAll
    static void cerrar() {
        if (navegador != null) {
            navegador.close();
        }
    }

    @Test
    void loObligatorioYElCatalogoDicenQueFalta() {
        navegador.pulsarYEsperarPagina(By.id("nuevo:finalizarAlta"));
        SoftAssertions blando = new SoftAssertions();
        blando.assertThat(mensaje("tipo")).isEqualTo("El tipo de caso es obligatorio.");
        blando.assertThat(mensaje("afectaPeriodoEnCurso"))
                .isEqualTo("Indique si afecta al Período de Presentación en Curso (SI/NO).");
        blando.assertThat(mensaje("titulo")).isEqualTo("El título es obligatorio.");
        blando.assertThat(mensaje("descripcion")).isEqualTo("La descripción es obligatoria.");

        elegir("tipo", "TRAMITE");
        navegador.pulsarYEsperarPagina(By.id("nuevo:finalizarAlta"));
        blando.assertThat(mensaje("materia")).isEqualTo("La materia es obligatoria.");
        elegir("materia", "INSCRIPCION_EMPRESAS");
        navegador.pulsarYEsperarPagina(By.id("nuevo:finalizarAlta"));
        blando.assertThat(mensaje("categoria")).isEqualTo("La categoría es obligatoria.");
        elegir("categoria", "TRA_INS_MODIFICACION_DATOS");
        navegador.pulsarYEsperarPagina(By.id("nuevo:finalizarAlta"));
        blando.assertThat(mensaje("subcategoria")).startsWith("La subcategoría es obligatoria para la categoría ");
        blando.assertThat(mensaje("materia")).isEmpty();
        blando.assertThat(mensaje("categoria")).isEmpty();
        blando.assertAll();
    }

    @Test
    void elTituloYLaDescripcionNoPasanDeSuLongitud() {
        campo("titulo").sendKeys("x".repeat(60));
        assertThat(valor("titulo")).hasSize(50);
        assertThat(driver.findElement(By.id("nuevo:titulo-contador")).getText()).isEqualTo("50 de 50 caracteres");
        campo("descripcion").sendKeys("y".repeat(1010));
        assertThat(valor("descripcion")).hasSize(1000);
        assertThat(driver.findElement(By.id("nuevo:descripcion-contador")).getText())
                .isEqualTo("1000 de 1000 caracteres");
    }

    @Test
    void hastaCincoLineasDeDatosComplementarios() {
        for (int i = 0; i < 5; i++) {
            pulsar("anadirLinea");
        }
        assertThat(driver.findElements(By.id("nuevo:dato4-ccc"))).hasSize(1);
        assertThat(driver.findElements(By.id("nuevo:anadirLinea"))).isEmpty();
        pulsar("quitarLinea0");
        assertThat(driver.findElements(By.id("nuevo:anadirLinea"))).hasSize(1);
    }

    /** Each field of a line is checked when the user leaves it (Tab), and the message goes once it is right. */
    @Test
    void cadaDatoSeCompruebaAlSalirDelCampo() throws IOException {
        pulsar("anadirLinea");
        SoftAssertions blando = new SoftAssertions();
        String[][] casos = {
            {"ccc", "123", "El CCC debe tener 11 dígitos."},
            {"ccc", "28 1234567 00", "El dígito de control del CCC no es correcto."},
            {"ccc", "99 1234567 00", "El código de provincia del CCC no es válido."},
            {"ccc", "28 1234567 42", ""},
            {"naf", "1234", "El NAF debe tener 12 dígitos."},
            {"naf", "28/12345678/00", "El dígito de control del NAF no es correcto."},
            {"naf", "28/12345678/40", ""},
            {"numeroEnvio", "12a", "El número de envío solo puede contener cifras (hasta 20)."},
            {"numeroEnvio", "12", ""},
            {"numeroLiquidacion", "-5", "El número de liquidación solo puede contener cifras (hasta 20)."},
            {"numeroLiquidacion", "5", ""},
            {"tipoLiquidacion", "L-00", "El tipo de liquidación admite hasta 5 letras o cifras."},
            {"tipoLiquidacion", "L00", ""},
            {"periodoDesde", "2026/01", "El Periodo de Liquidación Desde debe tener el formato MM/AAAA."},
            {"periodoDesde", "13/2025", "El mes del Periodo de Liquidación Desde debe estar entre 01 y 12."},
            {"periodoDesde", "05/2026", ""},
        };
        for (String[] caso : casos) {
            blando.assertThat(tecleaYSal(caso[0], caso[1]))
                    .as(caso[0] + " = " + caso[1])
                    .isEqualTo(caso[2]);
        }
        // The order of the period is told on both ends, and goes from both once right.
        tecleaYSal("periodoHasta", "03/2026");
        blando.assertThat(mensaje("dato0-periodoDesde") + mensaje("dato0-periodoHasta"))
                .isEqualTo("El Periodo de Liquidación Desde no puede ser posterior al Periodo de Liquidación Hasta.");
        blando.assertThat(tecleaYSal("periodoHasta", "06/2026")).isEmpty();
        blando.assertThat(mensaje("dato0-periodoDesde")).isEmpty();

        // The IPF is read as the Tipo de IPF chosen; with none chosen, that is what is missing.
        blando.assertThat(tecleaYSal("ipf", "12345678Z")).isEmpty();
        blando.assertThat(mensaje("dato0-tipoIpf")).isEqualTo("El Tipo de IPF es obligatorio.");
        new Select(campo("dato0-tipoIpf")).selectByValue("1"); // no Ajax: read with the IPF when it is left
        blando.assertThat(tecleaYSal("ipf", "12345678A")).isEqualTo("La letra del DNI no es correcta.");
        blando.assertThat(mensaje("dato0-tipoIpf")).isEmpty();
        new Select(campo("dato0-tipoIpf")).selectByValue("6");
        blando.assertThat(tecleaYSal("ipf", "1234"))
                .isEqualTo("El NIE debe tener una letra X, Y o Z, 7 dígitos y una letra.");
        new Select(campo("dato0-tipoIpf")).selectByValue("2");
        blando.assertThat(tecleaYSal("ipf", "AB*12")).isEqualTo("El Pasaporte solo puede contener letras y números.");
        blando.assertThat(tecleaYSal("ipf", "AB123456789012345"))
                .isEqualTo("El Pasaporte no puede tener más de 14 caracteres.");
        blando.assertThat(tecleaYSal("ipf", "AB1234567")).isEmpty();
        navegador.comprobarAccesibilidad();
        navegador.captura("nuevo-datos-al-teclear");
        blando.assertAll();
    }

    /** A document is judged by its content, not by its name: empty, of no accepted type, or named as another. */
    @Test
    void losDocumentosSeJuzganPorSuContenido() throws IOException {
        SoftAssertions blando = new SoftAssertions();
        blando.assertThat(anexar(Files.createFile(ficheros.resolve("vacio.pdf"))))
                .isEqualTo("El archivo «vacio.pdf» está vacío.");
        Path ejecutable = ficheros.resolve("programa.pdf");
        Files.write(ejecutable, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0});
        blando.assertThat(anexar(ejecutable))
                .isEqualTo("El archivo «programa.pdf» no tiene un formato admitido (PDF, JPEG, PNG, TIFF, GIF, Word,"
                        + " Excel, OpenDocument y texto). El formato se reconoce por el contenido, no por el nombre.");
        Path imagen = Ficheros.png(ficheros, "imagen.png");
        Path disfrazada = Files.move(imagen, ficheros.resolve("escrito.pdf"));
        blando.assertThat(anexar(disfrazada)).startsWith("El contenido del archivo «escrito.pdf» es de tipo");
        blando.assertThat(driver.findElements(By.id("nuevo:documentos"))).isEmpty();
        navegador.captura("nuevo-documento-por-contenido");
        blando.assertAll();
    }

    /** Anexar Información with a tipo and a título, and the message beside the file. */
    private String anexar(Path fichero) {
        elegir("tipoDocumento", "OTROS");
        campo("tituloDocumento").clear();
        campo("tituloDocumento").sendKeys("Documento de prueba");
        driver.findElement(By.cssSelector("input[type='file'][id^='nuevo:ficheroDocumento']"))
                .sendKeys(fichero.toAbsolutePath().toString());
        navegador.pulsarYEsperarPagina(By.id("nuevo:anexar"));
        return mensaje("ficheroDocumento");
    }

    /** Replaces the value of a field of line 1, leaves it with Tab, and returns its message once the check is back. */
    private String tecleaYSal(String dato, String valor) {
        WebElement entrada = campo("dato0-" + dato);
        entrada.clear();
        entrada.sendKeys(valor, Keys.TAB);
        navegador.esperarLaCola();
        return mensaje("dato0-" + dato);
    }

    private WebElement campo(String id) {
        return driver.findElement(By.id("nuevo:" + id));
    }

    private void elegir(String id, String valor) {
        navegador.elegir("nuevo:" + id, valor);
    }

    private void pulsar(String boton) {
        campo(boton).click();
        navegador.esperar();
    }

    private String valor(String id) {
        return navegador.valor("nuevo:" + id);
    }

    private String mensaje(String id) {
        return driver.findElement(By.id("nuevo:" + id + "-mensaje")).getText();
    }
}
