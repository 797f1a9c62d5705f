package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.io.RandomAccessFile;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Nuevo caso (manual §5.1) in the browser, as Ana (one autorización, no contact e-mail, so nothing is mailed): a
 * Trámite with datos complementarios and two documents up to its confirmation and justificante, a Consulta, and the
 * service's messages beside the fields with everything typed kept. Every state passes axe-core (WCAG 2.1 AA) and is
 * saved as a screenshot under target/capturas-portal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NuevoCasoIT {

    @ArquillianResource
    private URL base;

    @TempDir
    private Path ficheros;

    private Navegador navegador;
    private WebDriver driver;

    @BeforeEach
    void acceder() {
        navegador = new Navegador();
        driver = navegador.driver();
        navegador.acceder(Local.raiz(base), "11111111H");
        navegador.ir(Local.raiz(base), "portal/casos/nuevo.xhtml");
    }

    @AfterEach
    void cerrar() {
        navegador.close();
    }

    @Test
    void unTramiteConDatosComplementariosYDosDocumentosTerminaEnSuJustificante() throws Exception {
        String titulo = "Cambio de CNAE " + System.nanoTime();
        navegador.captura("nuevo-vacio");
        elegir("tipo", "TRAMITE");
        elegir("materia", "INSCRIPCION_EMPRESAS");
        elegir("categoria", "TRA_INS_MODIFICACION_DATOS");
        elegir("subcategoria", "TRA_INS_MOD_CNAE");
        elegir("afectaPeriodoEnCurso", "true");
        escribir("titulo", titulo);
        escribir("descripcion", "Solicito el cambio de CNAE de la empresa.");
        assertThat(driver.findElement(By.id("nuevo:titulo-contador")).getText())
                .isEqualTo(titulo.length() + " de 50 caracteres");

        pulsar("anadirLinea");
        escribir("dato0-ccc", "28 1234567 42");
        elegir("dato0-tipoIpf", "1");
        escribir("dato0-ipf", "12345678Z");
        escribir("dato0-periodoDesde", "01/2026");
        escribir("dato0-periodoHasta", "03/2026");
        pulsar("anadirLinea");
        escribir("dato1-naf", "28/12345678/40");
        pulsar("anadirLinea");
        escribir("dato2-numeroEnvio", "999");
        pulsar("quitarLinea2");
        assertThat(driver.findElements(By.id("nuevo:dato2-numeroEnvio"))).isEmpty();
        assertThat(valor("dato1-naf")).isEqualTo("28/12345678/40");
        navegador.captura("nuevo-tramite-datos");

        anexar(
                "DOCUMENTACION_ACREDITATIVA",
                "Escritura de la empresa",
                Ficheros.pdf(ficheros, "escritura.pdf", "Escritura de la empresa"));
        assertThat(driver.findElement(By.id("nuevo:mensajes")).getText())
                .isEqualTo("Documento «escritura.pdf» anexado. Se enviará al pulsar Finalizar Alta.");
        anexar("OTROS", "Anexado por error", Ficheros.png(ficheros, "error.png"));
        driver.findElements(By.cssSelector("[id$=':quitarDocumento']")).get(1).click();
        navegador.esperar();
        assertThat(driver.findElement(By.id("nuevo:documentos")).getText()).doesNotContain("error.png");
        anexar("DNI_NIE", "DNI del administrador", Ficheros.png(ficheros, "dni.png"));
        assertThat(driver.findElement(By.id("nuevo:documentos")).getText())
                .contains("Documentación acreditativa", "Escritura de la empresa", "escritura.pdf")
                .contains("DNI o NIE", "DNI del administrador", "dni.png");
        assertThat(valor("titulo")).isEqualTo(titulo);
        assertThat(valor("dato1-naf")).isEqualTo("28/12345678/40");
        navegador.captura("nuevo-tramite-documentos");

        navegador.pulsarYEsperarPagina(By.id("nuevo:finalizarAlta"));
        assertThat(driver.getCurrentUrl()).contains("/portal/casos/alta.xhtml?numero=");
        String numero = driver.findElement(By.id("numero-caso")).getText();
        assertThat(numero).matches("\\d{4}/\\d{8}");
        assertThat(driver.findElement(By.id("confirmacion")).getText()).contains(numero);
        assertThat(driver.findElement(By.id("titulo-caso")).getText()).isEqualTo(titulo);
        navegador.captura("alta-tramite");

        String enlace =
                driver.findElement(By.cssSelector("a[id$='justificante']")).getAttribute("href");
        assertThat(enlace).contains("/descargas/casos/" + numero + "/justificantes/");
        HttpResponse<byte[]> pdf = navegador.descargar(Local.raiz(base), enlace);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        driver.navigate().refresh();
        navegador.esperar();
        assertThat(driver.findElement(By.id("numero-caso")).getText()).isEqualTo(numero);
        assertThat(casosConTitulo(titulo)).isEqualTo(1);
        assertThat(documentosDe(numero)).isEqualTo(2);

        navegador.pulsarYEsperarPagina(By.id("nuevoCaso"));
        assertThat(driver.getCurrentUrl()).contains("/portal/casos/nuevo.xhtml");
    }

    @Test
    void unaConsultaSinDocumentosNoTieneJustificante() throws Exception {
        String titulo = "Consulta sobre el SLD " + System.nanoTime();
        elegir("tipo", "CONSULTA");
        assertThat(opciones("materia")).contains("RECAUDACION");
        elegir("materia", "COTIZACION");
        elegir("categoria", "CON_COT_SLD");
        elegir("afectaPeriodoEnCurso", "false");
        escribir("titulo", titulo);
        escribir("descripcion", "¿Cómo se rectifica una liquidación ya confirmada?");
        // A double click sends the form twice: one case.
        ((JavascriptExecutor) driver)
                .executeScript("window.casiaPaginaAnterior = true;"
                        + " const b = document.getElementById('nuevo:finalizarAlta'); b.click(); b.click();");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(d -> d.getCurrentUrl().contains("/portal/casos/alta.xhtml"));
        navegador.esperar();

        assertThat(driver.getCurrentUrl()).contains("/portal/casos/alta.xhtml?numero=");
        assertThat(driver.findElement(By.id("tipo-caso")).getText()).isEqualTo("Consulta");
        assertThat(driver.findElements(By.cssSelector("a[id$='justificante']"))).isEmpty();
        assertThat(casosConTitulo(titulo)).isEqualTo(1);
        navegador.captura("alta-consulta");
    }

    @Test
    void losErroresSeVenJuntoACadaCampoYLoEscritoSeConserva() throws Exception {
        elegir("tipo", "TRAMITE");
        assertThat(opciones("materia")).doesNotContain("RECAUDACION");
        escribir("titulo", "Un título que se conserva");
        pulsar("anadirLinea");
        escribir("dato0-ccc", "123");
        escribir("dato0-numeroEnvio", "12A");
        navegador.pulsarYEsperarPagina(By.id("nuevo:finalizarAlta"));
        navegador.captura("nuevo-errores");

        assertThat(driver.getCurrentUrl()).contains("/portal/casos/nuevo.xhtml");
        assertThat(driver.findElement(By.id("nuevo:mensajes")).getText())
                .isEqualTo("No se ha podido finalizar el alta: revise los campos marcados.");
        assertThat(mensaje("materia")).isEqualTo("La materia es obligatoria.");
        assertThat(mensaje("afectaPeriodoEnCurso"))
                .isEqualTo("Indique si afecta al Período de Presentación en Curso (SI/NO).");
        assertThat(mensaje("descripcion")).isEqualTo("La descripción es obligatoria.");
        assertThat(mensaje("dato0-ccc")).isNotBlank();
        assertThat(mensaje("dato0-numeroEnvio")).isEqualTo("El número de envío solo puede contener cifras (hasta 20).");
        assertThat(mensaje("titulo")).isEmpty();
        assertThat(valor("titulo")).isEqualTo("Un título que se conserva");
        assertThat(valor("dato0-ccc")).isEqualTo("123");
        assertThat(new Select(driver.findElement(By.id("nuevo:tipo")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Trámite");
        assertThat(driver.findElement(By.id("nuevo:dato0-ccc")).getAttribute("aria-describedby"))
                .contains("nuevo:dato0-ccc-mensaje");

        navegador.pulsarYEsperarPagina(By.id("nuevo:anexar"));
        assertThat(driver.findElement(By.id("nuevo:mensajes")).getText())
                .isEqualTo("No se ha podido anexar el documento: revise sus datos en Anexar Información.");
        assertThat(mensaje("tipoDocumento")).isEqualTo("Seleccione el tipo de documento.");
        assertThat(mensaje("tituloDocumento")).isEqualTo("Indique el título del documento.");
        assertThat(mensaje("ficheroDocumento")).isEqualTo("Seleccione un archivo.");
        assertThat(valor("titulo")).isEqualTo("Un título que se conserva");

        anexar("OTROS", "Demasiado grande", Ficheros.grande(ficheros, "grande.pdf"));
        assertThat(mensaje("ficheroDocumento"))
                .isEqualTo("El archivo «grande.pdf» ocupa más de 10 MB, el máximo por documento.");
        assertThat(driver.findElements(By.id("nuevo:documentos"))).isEmpty();
        navegador.captura("nuevo-documento-grande");

        driver.manage().window().setSize(new Dimension(360, 800));
        navegador.esperar();
        navegador.captura("nuevo-360px");
    }

    /** Past what a whole case may hold (50 MB by default), the upload is refused at the door with the error page. */
    @Test
    void unArchivoMayorQueElCasoSeRechazaAntesDeRecibirse() throws Exception {
        escribir("titulo", "Un título que se conserva");
        Path enorme = ficheros.resolve("enorme.pdf");
        try (RandomAccessFile fichero = new RandomAccessFile(enorme.toFile(), "rw")) {
            fichero.setLength(52L * 1024 * 1024);
        }
        anexar("OTROS", "Demasiado para un caso", enorme);
        assertThat(navegador.titulo()).isEqualTo("No se ha podido completar la operación");
        assertThat(driver.findElement(By.id("mensaje-error")).getText())
                .startsWith("Lo que ha enviado ocupa más de 50 MB, el máximo para todos los documentos de un caso");
        navegador.captura("nuevo-subida-rechazada");

        driver.navigate().back();
        navegador.esperar();
        assertThat(valor("titulo")).isEqualTo("Un título que se conserva");
    }

    @Test
    void unErrorTecnicoPideElFormularioDeDatosTecnicos() throws Exception {
        elegir("tipo", "ERROR_INCIDENCIA");
        elegir("materia", "TECNICA");
        elegir("categoria", "ERR_TEC_CERTIFICADOS");
        elegir("afectaPeriodoEnCurso", "true");
        escribir("titulo", "Certificado rechazado");
        escribir("descripcion", "No puedo firmar los envíos con el certificado de la autorización.");
        navegador.pulsarYEsperarPagina(By.id("nuevo:finalizarAlta"));

        assertThat(mensaje("tipoDocumento"))
                .isEqualTo("Para comunicar un error/incidencia de materia Técnica debe anexar el Formulario de datos"
                        + " técnicos.");
        navegador.captura("nuevo-formulario-tecnico");
    }

    /**
     * Beyond the manual, from the catalogue: the documents a Trámite asks for (FAQ: the Social Security number) appear
     * once it is chosen, and an error of Materia Técnica warns of the Formulario de datos técnicos before the alta
     * refuses to go without it.
     */
    @Test
    void laClasificacionDiceQueDocumentacionHayQueAportar() {
        elegir("tipo", "TRAMITE");
        elegir("materia", "AFILIACION");
        elegir("categoria", "TRA_AFI_ALTA_CTA_AJENA");
        assertThat(driver.findElements(By.id("documentacion"))).isEmpty();
        elegir("subcategoria", "TRA_AFI_ALTA_SOLICITUD_NSS");
        assertThat(driver.findElement(By.id("documentacion-titulo")).getText())
                .isEqualTo("Documentación que debe aportar");
        assertThat(driver.findElements(By.cssSelector("#documentacion li")))
                .extracting(WebElement::getText)
                .containsExactly(
                        "Modelo TA.1 firmado por el trabajador",
                        "DNI o NIE",
                        "Certificado de discapacidad, si procede");
        assertThat(driver.findElement(By.id("documentacion"))
                        .findElement(By.xpath("ancestor::*[@aria-live]"))
                        .getAttribute("aria-live"))
                .isEqualTo("polite");
        navegador.captura("nuevo-documentacion-tramite");

        elegir("tipo", "ERROR_INCIDENCIA");
        assertThat(driver.findElements(By.id("documentacion"))).isEmpty();
        assertThat(driver.findElements(By.id("nuevo:formularioTecnico"))).isEmpty();
        elegir("materia", "TECNICA");
        assertThat(driver.findElement(By.id("nuevo:formularioTecnico")).getText())
                .startsWith("La creación de un caso técnico requiere cumplimentar el «Formulario de datos técnicos»");

        driver.manage().window().setSize(new Dimension(360, 800));
        navegador.esperar();
        assertThat(navegador.anchoSobrante()).isZero();
        navegador.captura("nuevo-formulario-tecnico-aviso-360");
    }

    private void elegir(String campo, String valor) {
        navegador.elegir("nuevo:" + campo, valor);
    }

    private void escribir(String campo, String texto) {
        driver.findElement(By.id("nuevo:" + campo)).sendKeys(texto);
    }

    private void pulsar(String boton) {
        driver.findElement(By.id("nuevo:" + boton)).click();
        navegador.esperar();
    }

    private String valor(String campo) {
        return navegador.valor("nuevo:" + campo);
    }

    private String mensaje(String campo) {
        return driver.findElement(By.id("nuevo:" + campo + "-mensaje")).getText();
    }

    private java.util.List<String> opciones(String campo) {
        return new Select(driver.findElement(By.id("nuevo:" + campo)))
                .getOptions().stream().map(o -> o.getAttribute("value")).toList();
    }

    private void anexar(String tipo, String titulo, Path fichero) {
        elegir("tipoDocumento", tipo);
        driver.findElement(By.id("nuevo:tituloDocumento")).clear();
        escribir("tituloDocumento", titulo);
        driver.findElement(By.cssSelector("input[type='file'][id^='nuevo:ficheroDocumento']"))
                .sendKeys(fichero.toAbsolutePath().toString());
        navegador.pulsarYEsperarPagina(By.id("nuevo:anexar"));
    }

    private static int casosConTitulo(String titulo) throws SQLException {
        return contar("select count(*) from caso where titulo = ?", titulo);
    }

    private static int documentosDe(String numero) throws SQLException {
        return contar(
                "select count(*) from documento_caso d join caso c on c.id = d.caso_id where c.numero = ?", numero);
    }

    private static int contar(String sql, String parametro) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getenv("CASIA_DB_URL"), "postgres", "");
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parametro);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
