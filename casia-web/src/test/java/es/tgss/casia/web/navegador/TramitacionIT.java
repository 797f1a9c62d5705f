package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Correos;
import es.tgss.casia.prueba.Local;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The tramitador's back-office in the browser, against the autorizado's portal in a second browser: cases filed by
 * Lucía (12345678Z, autorización 1000001, whose contact e-mail gets the notices) through Nuevo Caso and worked by
 * tram.madrid1 (DP-28) through the bandeja and the case page; the supervisora sup.madrid assigns. After each action
 * the test looks at what the autorizado sees in the portal and at the e-mail GreenMail received. One browser per
 * role for the whole class (one login each); every page passes axe-core and is photographed into
 * target/capturas-portal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TramitacionIT {

    private static final String CORREO_1000001 = "avisos@gestoria-martin-ortega.example";
    private static final Duration PLAZO_CORREO = Duration.ofSeconds(30);

    private static Navegador tramitador;
    private static Navegador autorizado;
    private static Navegador supervisora;
    private static Correos correos;

    @ArquillianResource
    private URL base;

    private URI raiz;

    @BeforeEach
    void abrirNavegadores() {
        raiz = Local.raiz(base);
        if (tramitador == null) {
            correos = new Correos();
            autorizado = new Navegador();
            autorizado.acceder(raiz, "12345678Z");
            autorizado.pulsarYEsperarPagina(By.linkText("1000001"));
            tramitador = new Navegador();
            tramitador.acceder(raiz, "tram.madrid1");
        }
    }

    @AfterAll
    static void cerrar() {
        for (AutoCloseable c : new AutoCloseable[] {tramitador, autorizado, supervisora, correos}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing the rest matters more
            }
        }
    }

    @Test
    void tomarSolicitarInformacionQueElAutorizadoAportaYResolver() {
        String titulo = "Bandeja solicitud " + System.nanoTime() % 100000;
        String numero = archivar(titulo);

        // The bandeja shows it, not taken; "Tomar" takes it and opens it.
        bandeja(tramitador);
        WebElement fila = fila(tramitador, numero);
        assertThat(fila.getText()).contains(titulo, "Abierto/Presentado", "Sin tomar");
        tramitador.captura("bandeja");
        tramitador.cargarOtraPagina(
                () -> fila.findElement(By.cssSelector("button[id$=':tomar']")).click());
        assertThat(tramitador.texto("mensajes")).contains("Ha tomado el caso " + numero);
        assertThat(tramitador.estado()).isEqualTo("Abierto/Asignado");
        assertThat(tramitador.texto("atendido-por")).contains("DP-28", "tram.madrid1");
        tramitador.captura("caso-tomado");

        // Solicitar información: empty text refused beside the field, then sent.
        accion(tramitador, "Solicitar información");
        tramitador.pulsarYEsperarPagina(By.id("solicitarInformacion:aceptar"));
        assertThat(tramitador.texto("solicitarInformacion:solicitud-mensaje"))
                .isEqualTo("Indique la información que solicita.");
        tramitador
                .driver()
                .findElement(By.id("solicitarInformacion:solicitud"))
                .sendKeys("Aporte el recibo de liquidación de octubre.");
        tramitador.captura("caso-solicitar-informacion");
        tramitador.pulsarYEsperarPagina(By.id("solicitarInformacion:aceptar"));
        assertThat(tramitador.estado()).isEqualTo("Abierto/Solicitada Información");
        assertThat(tramitador.texto("plazo")).contains("inclusive (20 días naturales)");
        assertThat(tramitador.texto("lista-mensajes"))
                .contains("Solicitud de información", "Aporte el recibo de liquidación de octubre.");

        MimeMessage solicitud = correo(titulo, "solicita información sobre el caso " + numero);
        assertThat(Correos.destinatario(solicitud)).isEqualTo(CORREO_1000001);
        assertThat(Correos.parte(solicitud, "text/plain")).contains("Aporte el recibo de liquidación de octubre.");

        // The autorizado sees the request and answers it with Modificar Información.
        autorizado.abrirCaso(raiz, numero);
        assertThat(autorizado.estado()).isEqualTo("Abierto/Solicitada Información");
        autorizado.pulsarYEsperarPagina(By.id("modificarInformacion"));
        assertThat(autorizado.texto("solicitud")).contains("Aporte el recibo de liquidación de octubre.");
        autorizado.driver().findElement(By.id("modificar:informacion")).sendKeys("Adjunto los datos del recibo: 1234.");
        autorizado.pulsarYEsperarPagina(By.id("modificar:aceptar"));
        assertThat(autorizado.estado()).isEqualTo("Abierto/Asignado");

        // Back to the tramitador, who resolves it from a ready-made answer, adapted.
        abrirCaso(tramitador, numero, null);
        assertThat(tramitador.estado()).isEqualTo("Abierto/Asignado");
        assertThat(tramitador.texto("lista-mensajes"))
                .contains("Información aportada", "Adjunto los datos del recibo: 1234.");
        accion(tramitador, "Resolver");
        tramitador.elegir("resolver:predefinida", "INCIDENCIA_CORREGIDA");
        assertThat(tramitador.valor("resolver:respuesta")).startsWith("La incidencia comunicada ha sido corregida.");
        WebElement respuesta = tramitador.driver().findElement(By.id("resolver:respuesta"));
        respuesta.sendKeys(Keys.END, "Gracias por los datos.");
        tramitador.captura("caso-resolver");
        tramitador.pulsarYEsperarPagina(By.id("resolver:aceptar"));
        assertThat(tramitador.estado()).isEqualTo("Cerrado/Resuelto");
        assertThat(tramitador.texto("respuesta")).contains("Gracias por los datos.");
        assertThat(tramitador
                        .driver()
                        .findElements(By.id("menu-acciones"))
                        .get(0)
                        .getText())
                .isEqualTo("Añadir nota interna");
        // The audit: who, and from which address (the browser's, as the server saw it).
        assertThat(tramitador.texto("historial"))
                .contains("Asignación", "Solicitud de información", "Resolución", "tram.madrid1")
                .containsPattern("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1");

        correo(titulo, "El caso " + numero + " ha sido resuelto");
        autorizado.abrirCaso(raiz, numero);
        assertThat(autorizado.estado()).isEqualTo("Cerrado/Resuelto");
        assertThat(autorizado.texto("respuesta"))
                .contains("La incidencia comunicada ha sido corregida.", "Gracias por los datos.");
        assertThat(autorizado.driver().findElements(By.id("valorar"))).hasSize(1);
    }

    @Test
    void notaInternaQueElAutorizadoNoVeNiRecibe() {
        String titulo = "Anotar " + System.nanoTime() % 100000;
        String numero = archivar(titulo);
        abrirCaso(tramitador, numero, "NOTA_INTERNA");
        tramitador.driver().findElement(By.id("notaInterna:nota")).sendKeys("Llamar a la gestoría antes de resolver.");
        tramitador.pulsarYEsperarPagina(By.id("notaInterna:aceptar"));
        assertThat(tramitador.texto("mensajes")).contains("Se ha añadido la nota interna al caso " + numero);
        assertThat(tramitador.estado()).isEqualTo("Abierto/Presentado");
        assertThat(tramitador.texto("lista-mensajes")).contains("Nota interna (solo TGSS)", "Llamar a la gestoría");
        assertThat(tramitador.texto("historial")).contains("Nota interna");

        autorizado.abrirCaso(raiz, numero);
        assertThat(autorizado.driver().getPageSource())
                .doesNotContain("Llamar a la gestoría")
                .doesNotContain("Nota interna");
        // Nothing queued: a notice leaves the outbox only if the action queued it in its own transaction.
        assertThat(avisos("position(? in cuerpo) > 0", "Llamar a la gestoría")).isZero();
    }

    @Test
    void anulacionAprobadaYRechazada() {
        String tituloA = "Anular aprobada " + System.nanoTime() % 100000;
        String aprobar = archivar(tituloA);
        String tituloR = "Anular rechazada " + System.nanoTime() % 100000;
        String rechazar = archivar(tituloR);
        for (String numero : List.of(aprobar, rechazar)) {
            abrirCaso(tramitador, numero, null);
            tramitador.pulsarYEsperarPagina(By.id("tomar:boton"));
            pedirAnulacion(numero);
        }

        // The bandeja's filter finds both, marked.
        bandeja(tramitador);
        tramitador.driver().findElement(By.id("bandeja:anulacionPendiente")).click();
        tramitador.pulsarYEsperarPagina(By.id("bandeja:buscar"));
        assertThat(fila(tramitador, aprobar).getText()).contains("Anulación solicitada");
        assertThat(fila(tramitador, rechazar).getText()).contains("Anulación solicitada");
        tramitador.captura("bandeja-anulacion-pendiente");

        abrirCaso(tramitador, aprobar, null);
        assertThat(tramitador.texto("anulacion-pendiente")).contains("ha solicitado la anulación");
        assertThat(tramitador.texto("lista-mensajes")).contains("Motivo de la anulación", "Ya no hace falta.");
        accion(tramitador, "Aprobar la anulación");
        tramitador.pulsarYEsperarPagina(By.id("aprobarAnulacion:aceptar"));
        assertThat(tramitador.estado()).isEqualTo("Cerrado/Anulado");
        correo(tituloA, "Se ha aprobado la anulación del caso " + aprobar);
        autorizado.abrirCaso(raiz, aprobar);
        assertThat(autorizado.estado()).isEqualTo("Cerrado/Anulado");

        abrirCaso(tramitador, rechazar, "RECHAZAR_ANULACION");
        tramitador.pulsarYEsperarPagina(By.id("rechazarAnulacion:aceptar"));
        assertThat(tramitador.texto("rechazarAnulacion:motivos-mensaje")).isEqualTo("Indique los motivos del rechazo.");
        tramitador.driver().findElement(By.id("rechazarAnulacion:motivos")).sendKeys("Ya estamos tramitándolo.");
        tramitador.captura("caso-rechazar-anulacion");
        tramitador.pulsarYEsperarPagina(By.id("rechazarAnulacion:aceptar"));
        assertThat(tramitador.estado()).isEqualTo("Abierto/Asignado");
        assertThat(tramitador.driver().findElements(By.id("anulacion-pendiente")))
                .isEmpty();
        MimeMessage rechazo = correo(tituloR, "Se ha rechazado la solicitud de anulación del caso " + rechazar);
        assertThat(Correos.parte(rechazo, "text/plain")).contains("Ya estamos tramitándolo.");
        autorizado.abrirCaso(raiz, rechazar);
        assertThat(autorizado.estado()).isEqualTo("Abierto/Asignado");
        assertThat(autorizado.driver().findElements(By.id("anulacion-pendiente")))
                .isEmpty();
    }

    @Test
    void reclasificarEscalarTransferirYReasignar() {
        String titulo = "Reclasificar " + System.nanoTime() % 100000;
        String numero = archivar(titulo);
        abrirCaso(tramitador, numero, null);
        tramitador.pulsarYEsperarPagina(By.id("tomar:boton"));

        // Reclasificar: the form starts from the case's clasificación; the tipo stays.
        accion(tramitador, "Reclasificar");
        assertThat(new Select(tramitador.driver().findElement(By.id("reclasificar:materia")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Cotización");
        tramitador.elegir("reclasificar:materia", "AFILIACION");
        tramitador.pulsarYEsperarPagina(By.id("reclasificar:aceptar"));
        assertThat(tramitador.texto("reclasificar:categoria-mensaje")).isNotBlank();
        Select categorias = new Select(tramitador.driver().findElement(By.id("reclasificar:categoria")));
        String categoria = categorias.getOptions().get(1).getAttribute("value");
        tramitador.elegir("reclasificar:categoria", categoria);
        tramitador.pulsarYEsperarPagina(By.id("reclasificar:aceptar"));
        assertThat(tramitador.texto("mensajes")).contains("se ha reclasificado");
        assertThat(tramitador.texto("materia")).isEqualTo("Afiliación, altas y bajas");
        correo(titulo, "ha reclasificado el caso " + numero);
        autorizado.abrirCaso(raiz, numero);
        assertThat(autorizado.texto("materia")).isEqualTo("Afiliación, altas y bajas");

        // Escalar: internal; the autorizado sees only the subestado, not the reason.
        abrirCaso(tramitador, numero, "ESCALAR");
        tramitador.driver().findElement(By.id("escalar:motivo")).sendKeys("Criterio de la unidad central.");
        tramitador.pulsarYEsperarPagina(By.id("escalar:aceptar"));
        assertThat(tramitador.estado()).isEqualTo("Abierto/Escalado");
        autorizado.abrirCaso(raiz, numero);
        assertThat(autorizado.estado()).isEqualTo("Abierto/Escalado");
        assertThat(autorizado.driver().getPageSource()).doesNotContain("Criterio de la unidad central");

        // The supervisora assigns it to tram.madrid2, then reassigns it to tram.central1 (unidad UC-COT).
        if (supervisora == null) {
            supervisora = new Navegador();
            supervisora.acceder(raiz, "sup.madrid");
        }
        bandeja(supervisora);
        supervisora.cargarOtraPagina(() ->
                fila(supervisora, numero).findElement(By.linkText("Asignar a…")).click());
        supervisora.elegir("asignarA:tramitador", "tram.madrid2");
        supervisora.captura("caso-asignar-a");
        supervisora.pulsarYEsperarPagina(By.id("asignarA:aceptar"));
        assertThat(supervisora.estado()).isEqualTo("Abierto/Asignado");
        assertThat(supervisora.texto("mensajes")).contains("se ha asignado a tram.madrid2");
        assertThat(supervisora.texto("atendido-por")).contains("tram.madrid2");
        abrirCaso(supervisora, numero, "ASIGNAR_A");
        supervisora.elegir("asignarA:tramitador", "tram.central1");
        supervisora.pulsarYEsperarPagina(By.id("asignarA:aceptar"));
        assertThat(supervisora.texto("mensajes")).contains("se ha reasignado a tram.central1");
        assertThat(supervisora.texto("atendido-por")).contains("UC-COT", "tram.central1");
        assertThat(supervisora.texto("historial")).contains("Reasignación", "sup.madrid");

        // Transferir back to DP-28: the unidad changes, nobody has it, tram.madrid1 can take it from the bandeja.
        abrirCaso(supervisora, numero, "TRANSFERIR");
        supervisora.pulsarYEsperarPagina(By.id("transferir:aceptar"));
        assertThat(supervisora.texto("transferir:unidad-mensaje")).isNotBlank();
        supervisora.elegir("transferir:unidad", "DP-28");
        supervisora.pulsarYEsperarPagina(By.id("transferir:aceptar"));
        assertThat(supervisora.estado()).isEqualTo("Abierto/Transferido");
        assertThat(supervisora.texto("atendido-por")).contains("DP-28").doesNotContain("tram.");
        autorizado.abrirCaso(raiz, numero);
        assertThat(autorizado.estado()).isEqualTo("Abierto/Transferido");
        // Internal management notifies nobody: the alta and the reclasificación are the case's only notices.
        assertThat(avisos("asunto = ?", titulo)).isEqualTo(2);
    }

    @Test
    void dosTramitadoresTomanElMismoCasoYSoloUnoLoConsigue() {
        String numero = archivar("Tomar a la vez " + System.nanoTime() % 100000);
        try (Navegador otro = new Navegador()) {
            otro.acceder(raiz, "tram.madrid2");
            bandeja(tramitador);
            bandeja(otro);
            // Both have the bandeja open; tram.madrid2 takes it first.
            otro.cargarOtraPagina(() -> fila(otro, numero)
                    .findElement(By.cssSelector("button[id$=':tomar']"))
                    .click());
            assertThat(otro.texto("mensajes")).contains("Ha tomado el caso " + numero);
            tramitador.cargarOtraPagina(() -> fila(tramitador, numero)
                    .findElement(By.cssSelector("button[id$=':tomar']"))
                    .click());
            assertThat(tramitador.texto("bandeja:mensajes")).contains("No ha podido tomar el caso " + numero);
            assertThat(fila(tramitador, numero).getText()).contains("tram.madrid2");
            assertThat(fila(tramitador, numero).findElements(By.cssSelector("button[id$=':tomar']")))
                    .isEmpty();
        }
    }

    @Test
    void laBandejaYUnaAccionSoloConElTeclado() {
        String numero = archivar("Teclado " + System.nanoTime() % 100000);
        tramitador.ir(raiz, "backoffice/index.xhtml");
        // Filter by the autorización, newest first, with the keyboard: type, arrows on the list, Enter submits.
        tramitador.tabularHasta("bandeja:autorizacion");
        tramitador.teclas("1000001");
        tramitador.elegirConFlechas("bandeja:orden", "true");
        tramitador.tabularHasta("bandeja:autorizacion");
        tramitador.teclaYEsperarPagina(Keys.ENTER);
        // "Tomar" of the newest case, reached with Tab, taken with Enter.
        tramitador.tabularHasta(fila(tramitador, numero)
                .findElement(By.cssSelector("button[id$=':tomar']"))
                .getAttribute("id"));
        tramitador.teclaYEsperarPagina(Keys.ENTER);
        assertThat(tramitador.estado()).isEqualTo("Abierto/Asignado");
        // The action menu's link, the form's text and its button.
        tramitador.tabularHasta(tramitador
                .driver()
                .findElement(By.linkText("Añadir nota interna"))
                .getAttribute("id"));
        tramitador.teclaYEsperarPagina(Keys.ENTER);
        tramitador.tabularHasta("notaInterna:nota");
        tramitador.teclas("Escrita sin ratón.");
        tramitador.tabularHasta("notaInterna:aceptar");
        tramitador.teclaYEsperarPagina(Keys.ENTER);
        assertThat(tramitador.texto("lista-mensajes")).contains("Escrita sin ratón.");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** Lucía files a Consulta through Nuevo Caso; its número. */
    private String archivar(String titulo) {
        autorizado.abrir(raiz, "portal/casos/nuevo.xhtml", null);
        // Nuevo Caso's own tests check its accessibility at every step; here only the Ajax of each list is waited for.
        for (String[] eleccion : new String[][] {
            {"tipo", "CONSULTA"},
            {"materia", "COTIZACION"},
            {"categoria", "CON_COT_SLD"},
            {"afectaPeriodoEnCurso", "false"}
        }) {
            new Select(autorizado.driver().findElement(By.id("nuevo:" + eleccion[0]))).selectByValue(eleccion[1]);
            autorizado.esperarLaCola();
        }
        autorizado.driver().findElement(By.id("nuevo:titulo")).sendKeys(titulo);
        autorizado.driver().findElement(By.id("nuevo:descripcion")).sendKeys("Caso de prueba del back-office.");
        autorizado.pulsarYEsperarPagina(By.id("nuevo:finalizarAlta"));
        return autorizado.texto("numero-caso");
    }

    private void pedirAnulacion(String numero) {
        autorizado.abrirCaso(raiz, numero);
        autorizado.pulsarYEsperarPagina(By.id("solicitarAnulacion"));
        autorizado.driver().findElement(By.id("anulacion:motivo")).sendKeys("Ya no hace falta.");
        autorizado.pulsarYEsperarPagina(By.id("anulacion:aceptar"));
        assertThat(autorizado.texto("anulacion-pendiente")).contains("debe aprobarla o rechazarla");
    }

    private void abrirCaso(Navegador n, String numero, String accion) {
        n.ir(
                raiz,
                "backoffice/casos/caso.xhtml?numero=" + URLEncoder.encode(numero, StandardCharsets.UTF_8)
                        + (accion == null ? "" : "&accion=" + accion));
    }

    /**
     * The bandeja with Lucía's cases newest first, so the case a test just filed is on the first page whatever the
     * other classes of the run left in the database.
     */
    private void bandeja(Navegador n) {
        n.ir(raiz, "backoffice/index.xhtml");
        n.driver().findElement(By.id("bandeja:autorizacion")).sendKeys("1000001");
        new Select(n.driver().findElement(By.id("bandeja:orden"))).selectByValue("true");
        n.pulsarYEsperarPagina(By.id("bandeja:buscar"));
    }

    /** Clicks the action's link in the case's menu and waits for its form. */
    private static void accion(Navegador n, String nombre) {
        n.pulsarYEsperarPagina(By.linkText(nombre));
    }

    /** The bandeja's row of the case. */
    private static WebElement fila(Navegador n, String numero) {
        return n.driver().findElement(By.xpath("//tr[.//a[normalize-space(.)='" + numero + "']]"));
    }

    /** The e-mail with that subject whose text contains that, waited for (the outbox sends after the commit). */
    private static MimeMessage correo(String asunto, String texto) {
        Correos.esperar(
                PLAZO_CORREO,
                "el correo «" + texto + "»",
                () -> !correos.donde(m -> asunto.equals(Correos.asunto(m))
                                && Correos.parte(m, "text/plain").contains(texto))
                        .isEmpty());
        return correos.donde(m -> asunto.equals(Correos.asunto(m))
                        && Correos.parte(m, "text/plain").contains(texto))
                .get(0);
    }

    /** The notices queued in the outbox (for any address) that match the condition on one parameter. */
    private static int avisos(String condicion, String valor) {
        try (Connection c = DriverManager.getConnection(System.getenv("CASIA_DB_URL"), "postgres", "");
                PreparedStatement ps = c.prepareStatement("select count(*) from notificacion where " + condicion)) {
            ps.setString(1, valor);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
