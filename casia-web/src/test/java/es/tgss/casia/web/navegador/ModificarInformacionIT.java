package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import es.tgss.casia.prueba.TramitadorDePrueba;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Modificar Información (manual §5.2.1) in the browser as Lucía, usuario principal of 1000001, on cases she files
 * herself through Nuevo Caso; the tramitador's requests and answers are made by {@link TramitadorDePrueba}
 * (tram.madrid1, of DP-28) through the real services. Every state passes axe-core (WCAG 2.1 AA) and is photographed
 * into target/capturas-portal, at the desktop's width and at a phone's 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModificarInformacionIT {

    private static final String JUSTIFICANTE_COMPLEMENTARIA = "Justificante de documentación complementaria anexada";

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
        navegador.acceder(Local.raiz(base), "12345678Z");
        navegador.pulsarYEsperarPagina(By.linkText("1000001"));
    }

    @AfterEach
    void cerrar() {
        navegador.close();
    }

    @Test
    void laInformacionSolicitadaSeAportaConTextoYUnDocumento() throws Exception {
        String numero = archivarTramite("Aportar la escritura");
        TramitadorDePrueba tramitador = TramitadorDePrueba.accede(Local.raiz(base), "tram.madrid1");
        assertThat(tramitador.asignar(numero)).isEqualTo("ASIGNADO");
        assertThat(tramitador.solicitarInformacion(numero, "Aporte la escritura de constitución de la empresa."))
                .isEqualTo("SOLICITADA_INFORMACION");

        navegador.abrirCaso(Local.raiz(base), numero);
        assertThat(navegador.estado()).isEqualTo("Abierto/Solicitada Información");
        navegador.pulsarYEsperarPagina(By.id("modificarInformacion"));
        assertThat(navegador.titulo()).isEqualTo("Modificar Información");
        assertThat(navegador.texto("caso-modificado"))
                .contains(numero, "Aportar la escritura", "Abierto/Solicitada Información");
        assertThat(navegador.texto("solicitud")).contains("Aporte la escritura de constitución de la empresa.");
        assertThat(navegador.texto("plazo"))
                .startsWith("Plazo para aportar la información: hasta el")
                .endsWith("inclusive (20 días naturales).");
        assertThat(driver.findElement(By.cssSelector("label[for='modificar:informacion']"))
                        .getText())
                .isEqualTo("Información adicional");
        WebElement ayuda = driver.findElement(By.id("modificar:ayudaDocumentacion"));
        assertThat(ayuda.getAttribute("href"))
                .isEqualTo("https://www.seg-social.es/wps/portal/wss/internet/InformacionUtil/44539/1969/");
        assertThat(ayuda.getAttribute("target")).isEqualTo("_blank");
        assertThat(ayuda.getAttribute("textContent")).contains("Ayuda Documentación", "(se abre en una nueva ventana)");
        navegador.captura("modificar-solicitada");
        navegador.movil("modificar-solicitada-360px");

        // Nothing typed nor attached: told beside the field and at the top.
        navegador.pulsarYEsperarPagina(By.id("modificar:aceptar"));
        assertThat(navegador.texto("modificar:mensajes")).contains("No se ha podido enviar la información");
        assertThat(navegador.texto("modificar:informacion-mensaje"))
                .isEqualTo("Escriba la información que aporta o anexe algún documento.");
        navegador.captura("modificar-vacio");

        driver.findElement(By.id("modificar:informacion")).sendKeys("Adjunto la escritura.");
        assertThat(navegador.texto("modificar:informacion-contador")).isEqualTo("21 de 4000 caracteres");
        anexar("DOCUMENTACION_ACREDITATIVA", "Escritura de constitución", Ficheros.pdf(ficheros, "escritura.pdf"));
        assertThat(navegador.texto("modificar:mensajes"))
                .isEqualTo("Documento «escritura.pdf» anexado. Se enviará al pulsar Aceptar.");
        assertThat(driver.findElement(By.id("modificar:informacion")).getAttribute("value"))
                .isEqualTo("Adjunto la escritura.");
        assertThat(navegador.texto("modificar:documentos")).contains("Escritura de constitución", "escritura.pdf");
        navegador.captura("modificar-con-documento");
        navegador.movil("modificar-con-documento-360px");

        // A double click sends the form twice: it acts once, and both end on the case.
        ((JavascriptExecutor) driver)
                .executeScript("window.casiaPaginaAnterior = true;"
                        + " const b = document.getElementById('modificar:aceptar'); b.click(); b.click();");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(d -> d.getCurrentUrl().contains("/portal/casos/caso.xhtml"));
        navegador.esperar();
        assertThat(navegador.texto("mensajes"))
                .contains("Se ha añadido la información al caso " + numero, "Justificante de documentación");
        // Answered: the case goes back to its tramitador (DESIGN.md, life cycle).
        assertThat(navegador.estado()).isEqualTo("Abierto/Asignado");
        assertThat(driver.findElements(By.id("plazo"))).isEmpty();
        assertThat(navegador.texto("documentos")).contains("Escritura de constitución", "escritura.pdf");
        assertThat(navegador.texto("historial"))
                .contains("Adjunto la escritura.", "Documento anexado: Escritura de constitución");
        assertThat(lineasDeHistorial(numero, "MODIFICAR_INFORMACION")).isEqualTo(1);

        List<WebElement> justificantes = driver.findElements(By.cssSelector("#justificantes a[id$='descargar']"));
        assertThat(justificantes).hasSize(2);
        WebElement complementaria = justificantes.stream()
                .filter(a -> a.getText().equals(JUSTIFICANTE_COMPLEMENTARIA))
                .findFirst()
                .orElseThrow();
        HttpResponse<byte[]> pdf = navegador.descargar(Local.raiz(base), complementaria.getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        navegador.captura("caso-informacion-aportada");
        navegador.movil("caso-informacion-aportada-360px");
    }

    @Test
    void unCasoCerradoNoSeModifica() throws Exception {
        String numero = archivarTramite("Cerrar mientras se escribe");
        TramitadorDePrueba tramitador = TramitadorDePrueba.accede(Local.raiz(base), "tram.madrid1");
        tramitador.asignar(numero);

        // The tramitador resolves while the autorizado is writing: refused, and nothing typed or attached is lost.
        navegador.abrirCaso(Local.raiz(base), numero);
        navegador.pulsarYEsperarPagina(By.id("modificarInformacion"));
        assertThat(driver.findElements(By.id("solicitud"))).isEmpty();
        driver.findElement(By.id("modificar:informacion")).sendKeys("Una aclaración.");
        anexar("OTROS", "Aclaración", Ficheros.pdf(ficheros, "aclaracion.pdf"));
        assertThat(tramitador.resolver(numero, "Resuelto.")).isEqualTo("RESUELTO");
        navegador.pulsarYEsperarPagina(By.id("modificar:aceptar"));
        assertThat(navegador.texto("modificar:mensajes")).contains("ha cambiado mientras trabajaba en él");
        assertThat(driver.findElement(By.id("modificar:informacion")).getAttribute("value"))
                .isEqualTo("Una aclaración.");
        assertThat(navegador.texto("modificar:documentos")).contains("aclaracion.pdf");
        navegador.captura("modificar-caso-cambiado");
        assertThat(lineasDeHistorial(numero, "MODIFICAR_INFORMACION")).isZero();

        navegador.abrirCaso(Local.raiz(base), numero);
        assertThat(navegador.estado()).isEqualTo("Cerrado/Resuelto");
        assertThat(driver.findElements(By.id("modificarInformacion"))).isEmpty();

        // The page reached again (back button, a bookmark) explains instead of offering the form.
        navegador.abrir(Local.raiz(base), "portal/casos/modificar.xhtml", numero);
        assertThat(navegador.texto("no-admitida"))
                .isEqualTo("Este caso ya está cerrado: no es posible modificar su información.");
        assertThat(driver.findElements(By.id("modificar:aceptar"))).isEmpty();
        navegador.captura("modificar-cerrado");
        navegador.movil("modificar-cerrado-360px");

        navegador.abrir(Local.raiz(base), "portal/casos/modificar.xhtml", "1999/99999999");
        assertThat(navegador.texto("no-encontrado")).startsWith("No se ha encontrado el caso indicado");
    }

    /** Files a Trámite through Nuevo Caso, whose Anexar Información offers Ayuda Documentación too. */
    private String archivarTramite(String titulo) {
        navegador.abrir(Local.raiz(base), "portal/casos/nuevo.xhtml", null);
        assertThat(driver.findElement(By.id("nuevo:ayudaDocumentacion")).getAttribute("textContent"))
                .contains("Ayuda Documentación", "(se abre en una nueva ventana)");
        elegir("tipo", "TRAMITE");
        elegir("materia", "INSCRIPCION_EMPRESAS");
        elegir("categoria", "TRA_INS_MODIFICACION_DATOS");
        elegir("subcategoria", "TRA_INS_MOD_CNAE");
        elegir("afectaPeriodoEnCurso", "false");
        driver.findElement(By.id("nuevo:titulo")).sendKeys(titulo);
        driver.findElement(By.id("nuevo:descripcion")).sendKeys("Caso de prueba de " + titulo.toLowerCase() + ".");
        navegador.pulsarYEsperarPagina(By.id("nuevo:finalizarAlta"));
        return navegador.texto("numero-caso");
    }

    private void elegir(String campo, String valor) {
        navegador.elegir("nuevo:" + campo, valor);
    }

    private void anexar(String tipo, String titulo, Path fichero) {
        new Select(driver.findElement(By.id("modificar:tipoDocumento"))).selectByValue(tipo);
        driver.findElement(By.id("modificar:tituloDocumento")).sendKeys(titulo);
        driver.findElement(By.cssSelector("input[type='file'][id^='modificar:ficheroDocumento']"))
                .sendKeys(fichero.toAbsolutePath().toString());
        navegador.pulsarYEsperarPagina(By.id("modificar:anexar"));
    }

    private static int lineasDeHistorial(String numero, String accion) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getenv("CASIA_DB_URL"), "postgres", "");
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from historial_caso h join caso c on c.id = h.caso_id where c.numero = ?"
                                + " and h.accion = ?")) {
            s.setString(1, numero);
            s.setString(2, accion);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
