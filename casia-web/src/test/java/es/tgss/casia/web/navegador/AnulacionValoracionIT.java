package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import es.tgss.casia.prueba.TramitadorDePrueba;
import java.net.URL;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Solicitar Anulación with its Confirmación de la Anulación (manual §5.2.2) and the Valoración (§5.2.4), in the
 * browser as Lucía, usuario principal of 1000001, on cases she files herself through Nuevo Caso; what the tramitador
 * does in between is done by {@link TramitadorDePrueba} (tram.madrid1, of DP-28, where 1000001's cases land)
 * through the real services. Every state passes axe-core (WCAG 2.1 AA) and is photographed into
 * target/capturas-portal, at the desktop's width and at a phone's 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnulacionValoracionIT {

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
    void unCasoPresentadoSeAnulaEnElActo() throws Exception {
        String numero = archivar("Anular en el acto");
        navegador.abrirCaso(Local.raiz(base), numero);
        assertThat(navegador.estado()).isEqualTo("Abierto/Presentado");
        assertThat(driver.findElements(By.id("valorar"))).isEmpty();
        navegador.captura("caso-acciones");

        navegador.pulsarYEsperarPagina(By.id("solicitarAnulacion"));
        assertThat(navegador.titulo()).isEqualTo("Confirmación de la Anulación");
        assertThat(navegador.texto("caso-anulado")).contains(numero, "Abierto/Presentado");
        assertThat(navegador.texto("efecto-automatica"))
                .startsWith("Este es el efecto para su caso:")
                .contains("supondrá la anulación automática", "cuenta de correo electrónico facilitada");
        assertThat(navegador.texto("efecto-tramitador")).doesNotContain("Este es el efecto para su caso");
        assertThat(driver.findElement(By.cssSelector("label[for='anulacion:motivo']"))
                        .getText())
                .isEqualTo("Motivo de la anulación (opcional)");
        navegador.captura("anulacion-automatica");
        navegador.movil("anulacion-automatica-360px");

        // A double click sends the confirmation twice: it acts once, and both end on the case.
        ((JavascriptExecutor) driver)
                .executeScript("window.casiaPaginaAnterior = true;"
                        + " const b = document.getElementById('anulacion:aceptar'); b.click(); b.click();");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(d -> d.getCurrentUrl().contains("/portal/casos/caso.xhtml"));
        navegador.esperar();
        assertThat(navegador.texto("mensajes"))
                .contains("El caso " + numero + " ha quedado anulado (Cerrado/Anulado).");
        assertThat(navegador.estado()).isEqualTo("Cerrado/Anulado");
        assertThat(driver.findElements(By.id("solicitarAnulacion"))).isEmpty();
        // Nobody handled it: there is nothing to rate.
        assertThat(driver.findElements(By.id("valorar"))).isEmpty();
        assertThat(lineasDeHistorial(numero, "SOLICITAR_ANULACION")).isEqualTo(1);
        assertThat(avisos("Se ha anulado el caso " + numero + " a petición del autorizado."))
                .isEqualTo(1);
        navegador.captura("caso-anulado");

        // The page reached again (back button, a bookmark) explains instead of offering a second request.
        navegador.abrir(Local.raiz(base), "portal/casos/anulacion.xhtml", numero);
        assertThat(navegador.texto("no-admitida")).startsWith("No es posible solicitar la anulación de este caso");
        assertThat(driver.findElements(By.id("anulacion:aceptar"))).isEmpty();

        navegador.abrir(Local.raiz(base), "portal/casos/anulacion.xhtml", "1999/99999999");
        assertThat(navegador.texto("no-encontrado")).startsWith("No se ha encontrado el caso indicado");
    }

    @Test
    void unCasoAtendidoEsperaLaDecisionDelTramitador() throws Exception {
        String numero = archivar("Anulación a decidir");
        TramitadorDePrueba tramitador = TramitadorDePrueba.accede(Local.raiz(base), "tram.madrid1");
        assertThat(tramitador.asignar(numero)).isEqualTo("ASIGNADO");

        navegador.abrirCaso(Local.raiz(base), numero);
        navegador.pulsarYEsperarPagina(By.id("solicitarAnulacion"));
        assertThat(navegador.texto("efecto-tramitador"))
                .startsWith("Este es el efecto para su caso:")
                .contains("deberá ser aprobada o rechazada por el tramitador de la TGSS", "motivos del rechazo");
        assertThat(navegador.texto("efecto-automatica")).doesNotContain("Este es el efecto para su caso");
        navegador.captura("anulacion-tramitador");
        navegador.movil("anulacion-tramitador-360px");

        // Volver sin anular leaves the case as it was.
        navegador.pulsarYEsperarPagina(By.id("volver"));
        assertThat(navegador.estado()).isEqualTo("Abierto/Asignado");
        assertThat(driver.findElements(By.id("anulacion-pendiente"))).isEmpty();
        assertThat(lineasDeHistorial(numero, "SOLICITAR_ANULACION")).isZero();

        navegador.pulsarYEsperarPagina(By.id("solicitarAnulacion"));
        driver.findElement(By.id("anulacion:motivo")).sendKeys("Ya lo resolvimos por teléfono.");
        assertThat(navegador.texto("anulacion:motivo-contador")).isEqualTo("30 de 4000 caracteres");
        navegador.pulsarYEsperarPagina(By.id("anulacion:aceptar"));
        assertThat(navegador.texto("mensajes"))
                .contains("Se ha enviado la solicitud de anulación del caso " + numero, "la apruebe o la rechace");
        assertThat(navegador.estado()).isEqualTo("Abierto/Asignado");
        assertThat(navegador.texto("anulacion-pendiente")).contains("debe aprobarla o rechazarla");
        assertThat(driver.findElements(By.id("solicitarAnulacion"))).isEmpty();
        navegador.captura("caso-anulacion-pendiente");

        assertThat(tramitador.rechazarAnulacion(numero, "El caso ya está en estudio."))
                .isEqualTo("ASIGNADO");
        navegador.abrirCaso(Local.raiz(base), numero);
        assertThat(navegador.estado()).isEqualTo("Abierto/Asignado");
        assertThat(driver.findElements(By.id("anulacion-pendiente"))).isEmpty();
        assertThat(navegador.texto("historial")).contains("El caso ya está en estudio.");
        assertThat(avisos("Se ha rechazado la solicitud de anulación del caso " + numero))
                .isEqualTo(1);
        navegador.captura("caso-anulacion-rechazada");

        // The tramitador answers while the autorizado is on the confirmation: the request is refused, clearly.
        navegador.pulsarYEsperarPagina(By.id("solicitarAnulacion"));
        driver.findElement(By.id("anulacion:motivo")).sendKeys("Insisto.");
        assertThat(tramitador.resolver(numero, "Resuelto antes de anular.")).isEqualTo("RESUELTO");
        navegador.pulsarYEsperarPagina(By.id("anulacion:aceptar"));
        assertThat(navegador.texto("anulacion:mensajes")).contains("ha cambiado mientras trabajaba en él");
        assertThat(driver.findElement(By.id("anulacion:motivo")).getAttribute("value"))
                .isEqualTo("Insisto.");
        navegador.captura("anulacion-rechazada-caso-cambiado");
        navegador.abrirCaso(Local.raiz(base), numero);
        assertThat(navegador.estado()).isEqualTo("Cerrado/Resuelto");
        assertThat(driver.findElements(By.id("solicitarAnulacion"))).isEmpty();
    }

    @Test
    void unCasoResueltoSeValoraUnaSolaVez() throws Exception {
        String numero = archivar("Para valorar");
        TramitadorDePrueba tramitador = TramitadorDePrueba.accede(Local.raiz(base), "tram.madrid1");
        tramitador.asignar(numero);
        assertThat(tramitador.resolver(numero, "Su consulta está respondida.")).isEqualTo("RESUELTO");

        navegador.abrirCaso(Local.raiz(base), numero);
        assertThat(navegador.estado()).isEqualTo("Cerrado/Resuelto");
        assertThat(driver.findElements(By.id("solicitarAnulacion"))).isEmpty();
        navegador.captura("caso-resuelto-valorable");
        navegador.pulsarYEsperarPagina(By.id("valorar"));
        assertThat(navegador.titulo()).isEqualTo("Valoración");
        assertThat(driver.findElement(By.cssSelector("#valoracion legend")).getText())
                .isEqualTo("Puntuación (*)");
        assertThat(driver.findElement(By.cssSelector("label[for='valoracion:puntuacion:0']"))
                        .getText())
                .isEqualTo("1 (puntuación mínima)");
        assertThat(driver.findElement(By.cssSelector("label[for='valoracion:puntuacion:4']"))
                        .getText())
                .isEqualTo("5 (puntuación máxima)");
        navegador.captura("valoracion");
        navegador.movil("valoracion-360px");

        // The same form open in a second tab, to be sent once the first has rated.
        String primera = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        navegador.abrir(Local.raiz(base), "portal/casos/valoracion.xhtml", numero);
        String segunda = driver.getWindowHandle();
        driver.switchTo().window(primera);

        driver.findElement(By.id("valoracion:observaciones")).sendKeys("Rápido y claro.");
        navegador.pulsarYEsperarPagina(By.id("valoracion:aceptar"));
        assertThat(navegador.texto("valoracion:puntuacion-mensaje"))
                .isEqualTo("Seleccione una puntuación entre 1 y 5.");
        assertThat(driver.findElement(By.id("valoracion:observaciones")).getAttribute("value"))
                .isEqualTo("Rápido y claro.");
        navegador.captura("valoracion-sin-puntuacion");

        driver.findElement(By.cssSelector("label[for='valoracion:puntuacion:3']"))
                .click();
        assertThat(navegador.texto("valoracion:observaciones-contador")).isEqualTo("15 de 1000 caracteres");
        navegador.pulsarYEsperarPagina(By.id("valoracion:aceptar"));
        assertThat(driver.getCurrentUrl()).contains("/portal/casos/valorado.xhtml?numero=");
        assertThat(navegador.titulo()).isEqualTo("Confirmación de la valoración");
        assertThat(navegador.texto("confirmacion"))
                .contains("La valoración del caso " + numero + " se ha realizado correctamente.", "4 de 5");
        navegador.captura("valorado");
        navegador.movil("valorado-360px");

        navegador.pulsarYEsperarPagina(By.id("volver"));
        assertThat(navegador.texto("valoracion")).isEqualTo("Valoración: 4 de 5");
        assertThat(driver.findElements(By.id("valorar"))).isEmpty();
        navegador.captura("caso-valorado");

        driver.switchTo().window(segunda);
        driver.findElement(By.cssSelector("label[for='valoracion:puntuacion:0']"))
                .click();
        navegador.pulsarYEsperarPagina(By.id("valoracion:aceptar"));
        assertThat(navegador.texto("valoracion:mensajes")).contains("ha cambiado mientras trabajaba en él");
        assertThat(valoracionGuardada(numero)).isEqualTo(4);

        navegador.abrir(Local.raiz(base), "portal/casos/valoracion.xhtml", numero);
        assertThat(navegador.texto("no-ofrecida")).startsWith("Este caso no se puede valorar");
        assertThat(driver.findElements(By.id("valoracion:aceptar"))).isEmpty();
    }

    /** Files a Consulta through Nuevo Caso and answers its número. */
    private String archivar(String titulo) {
        navegador.abrir(Local.raiz(base), "portal/casos/nuevo.xhtml", null);
        elegir("tipo", "CONSULTA");
        elegir("materia", "COTIZACION");
        elegir("categoria", "CON_COT_SLD");
        elegir("afectaPeriodoEnCurso", "false");
        driver.findElement(By.id("nuevo:titulo")).sendKeys(titulo);
        driver.findElement(By.id("nuevo:descripcion")).sendKeys("Caso de prueba de " + titulo.toLowerCase() + ".");
        navegador.pulsarYEsperarPagina(By.id("nuevo:finalizarAlta"));
        return navegador.texto("numero-caso");
    }

    private void elegir(String campo, String valor) {
        navegador.elegir("nuevo:" + campo, valor);
    }

    private static int lineasDeHistorial(String numero, String accion) throws SQLException {
        return entero(
                "select count(*) from historial_caso h join caso c on c.id = h.caso_id where c.numero = ?"
                        + " and h.accion = ?",
                numero,
                accion);
    }

    /** The notices queued in the outbox for the autorización's contact e-mail with that text. */
    private static int avisos(String texto) throws SQLException {
        return entero(
                "select count(*) from notificacion where destinatario = ? and position(? in cuerpo) > 0",
                "avisos@gestoria-martin-ortega.example",
                texto);
    }

    private static int valoracionGuardada(String numero) throws SQLException {
        return entero("select valoracion from caso where numero = ?", numero);
    }

    private static int entero(String sql, String... parametros) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getenv("CASIA_DB_URL"), "postgres", "");
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parametros.length; i++) {
                s.setString(i + 1, parametros[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
