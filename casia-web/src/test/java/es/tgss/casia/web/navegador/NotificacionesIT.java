package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import es.tgss.casia.prueba.TramitadorDePrueba;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Sede inbox ("Notificaciones") in the browser: Lucía files a Trámite in 1000001, the tramitador asks for
 * information and the nightly job's work is done at once ({@link TramitadorDePrueba#cerrarDeOficioYPonerADisposicion});
 * the menu counts it as pending, the inbox lists it "Pendiente de comparecencia", the case page sends her there
 * instead of offering the PDF, and "Acceder" downloads it and records her comparecencia, which the page shows after
 * a reload. Every page passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificacionesIT {

    @ArquillianResource
    private URL base;

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
    void accederALaResolucionRegistraLaComparecencia() throws Exception {
        URI raiz = Local.raiz(base);
        String numero = archivarTramite("Resolución para la Sede");
        TramitadorDePrueba tramitador = TramitadorDePrueba.accede(raiz, "tram.madrid1");
        assertThat(tramitador.asignar(numero)).isEqualTo("ASIGNADO");
        assertThat(tramitador.solicitarInformacion(numero, "Aporte la escritura."))
                .isEqualTo("SOLICITADA_INFORMACION");
        long id = tramitador.cerrarDeOficioYPonerADisposicion(numero);

        // The case page: no PDF of the resolución among the justificantes, a link to the inbox instead.
        navegador.abrirCaso(raiz, numero);
        assertThat(navegador.texto("justificantes")).doesNotContain("Resolución de Desistimiento");
        assertThat(navegador.texto("resolucion-en-sede"))
                .isEqualTo("Resolución de Desistimiento: disponible en Notificaciones");
        assertThat(navegador.texto("menu-notificaciones")).matches("Notificaciones [0-9]+ pendientes?");

        navegador.pulsarYEsperarPagina(By.id("ir-a-notificaciones"));
        assertThat(navegador.titulo()).isEqualTo("Notificaciones");
        assertThat(navegador.texto("explicacion")).contains("comparecencia", "10 días naturales", "art. 43.2");
        WebElement fila = fila(numero);
        assertThat(fila.getText()).contains("Resolución para la Sede", "Pendiente de comparecencia");
        navegador.captura("notificaciones-pendiente");
        navegador.movil("notificaciones-pendiente-360px");

        // "Acceder" is a download: the page stays; the server records the comparecencia when it hands the PDF.
        fila.findElement(By.cssSelector("a[id$='acceder']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> comparecencia(id) != null);
        assertThat(comparecencia(id)).isEqualTo("12345678Z");
        driver.navigate().refresh();
        navegador.esperar();
        assertThat(fila(numero).getText()).containsPattern("Practicada el [0-9/]+ [0-9:]+ por 12345678Z");
        navegador.captura("notificaciones-practicada");

        // What the browser saved: the sealed PDF as an attachment; opening it again changes nothing.
        String enlace =
                fila(numero).findElement(By.cssSelector("a[id$='acceder']")).getAttribute("href");
        HttpResponse<byte[]> pdf = navegador.descargar(raiz, enlace);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> v.startsWith("attachment; filename=\"resolucion-desistimiento-"));
        assertThat(pdf.body()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(lineas(numero)).isEqualTo(1);

        // Someone else's or no such notification: the same 404 page, no trace of the server's insides.
        HttpResponse<byte[]> ninguna = navegador.descargar(raiz, "descargas/notificaciones/999999999");
        assertThat(ninguna.statusCode()).isEqualTo(404);
        assertThat(new String(ninguna.body(), StandardCharsets.UTF_8))
                .contains("No se ha podido completar la operación")
                .doesNotContain("\tat ", "at es.tgss", "ErrorDeNegocio");
    }

    /** The inbox's row of that case. */
    private WebElement fila(String numero) {
        return driver.findElement(By.xpath("//tbody/tr[.//a[normalize-space(text())='" + numero + "']]"));
    }

    /** Files a Trámite through Nuevo Caso and answers its número. */
    private String archivarTramite(String titulo) {
        navegador.abrir(Local.raiz(base), "portal/casos/nuevo.xhtml", null);
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

    /** Who appeared (comparecencia_por), or null while nobody has. */
    private static String comparecencia(long id) {
        try (Connection c = DriverManager.getConnection(System.getenv("CASIA_DB_URL"), "postgres", "");
                PreparedStatement s =
                        c.prepareStatement("select comparecencia_por from resolucion_desistimiento where id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The COMPARECENCIA lines of the case's history. */
    private static int lineas(String numero) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getenv("CASIA_DB_URL"), "postgres", "");
                PreparedStatement s = c.prepareStatement("select count(*) from historial_caso h join caso c"
                        + " on c.id = h.caso_id where c.numero = ? and h.accion = 'COMPARECENCIA'")) {
            s.setString(1, numero);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
