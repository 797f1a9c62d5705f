package es.tgss.casia.notificacion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import es.tgss.casia.prueba.Actores;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.util.Arrays;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox and its sender inside the server, with GreenMail as a real SMTP server on the port the server was
 * configured with (CASIA_SMTP_HOST/PORT). A notice is queued by whoever changes a case (here an autorizado logged
 * in); the sender and the reads of the outbox are the system's.
 */
@ExtendWith(ArquillianExtension.class)
class NotificacionIT {

    @Inject
    private BuzonDeSalida buzon;

    @Inject
    private EnvioDeNotificaciones envio;

    @Resource
    private UserTransaction transaccion;

    @Inject
    private Actores actores;

    private GreenMail smtp;

    @BeforeEach
    void arrancarSmtp() {
        smtp = new GreenMail(new ServerSetup(
                Integer.parseInt(System.getenv("CASIA_SMTP_PORT")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void pararSmtp() {
        smtp.stop();
    }

    private int enviarPendientes() throws Exception {
        return actores.comoSistema(envio::enviarPendientes);
    }

    private Optional<Notificacion> buscar(long id) throws Exception {
        return actores.comoSistema(() -> buzon.buscar(id));
    }

    @Test
    void unaNotificacionEncoladaConSuCambioLlegaPorSmtpEnUtf8() throws Exception {
        String destinatario = "avisos-" + System.nanoTime() + "@gestoria.example";
        actores.entrar(Actores.LUCIA_1);
        transaccion.begin();
        Notificacion n = buzon.encolar(
                destinatario,
                "Caso 2026/000001 · Solicitud de información: añada el IPF",
                "Cuerpo con acentos: información, año, número.");
        transaccion.commit();

        enviarPendientes();

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage recibido = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> destinatarioEs(m, destinatario))
                .findFirst()
                .orElseThrow();
        assertThat(recibido.getSubject()).isEqualTo("Caso 2026/000001 · Solicitud de información: añada el IPF");
        assertThat(((String) recibido.getContent()).trim()).isEqualTo("Cuerpo con acentos: información, año, número.");
        assertThat(recibido.getHeader("X-CASIA-Notificacion")[0]).isEqualTo(String.valueOf(n.getId()));
        assertThat(buscar(n.getId()).orElseThrow().getEstado()).isEqualTo(EstadoNotificacion.ENVIADA);
    }

    @Test
    void siElCambioSeDeshaceLaNotificacionNoExiste() throws Exception {
        actores.entrar(Actores.LUCIA_1);
        transaccion.begin();
        Notificacion n = buzon.encolar("nadie@gestoria.example", "Asunto", "Cuerpo");
        Long id = n.getId();
        transaccion.rollback();

        assertThat(buscar(id)).isEmpty();
    }

    @Test
    void sinTransaccionNoSePuedeEncolar() {
        actores.entrar(Actores.LUCIA_1);
        assertThatThrownBy(() -> buzon.encolar("x@gestoria.example", "Asunto", "Cuerpo"))
                .isInstanceOf(EJBTransactionRequiredException.class);
    }

    @Test
    void soloElSistemaLeeElBuzonYEnvia() {
        actores.entrar(Actores.LUCIA_1);
        assertThatThrownBy(() -> buzon.pendientes(1)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> envio.enviarPendientes()).isInstanceOf(EJBAccessException.class);
        actores.entrar(Actores.OPS);
        assertThatThrownBy(() -> buzon.buscar(1)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void conElServidorSmtpCaidoLaNotificacionEsperaYAnotaElFallo() throws Exception {
        smtp.stop();
        actores.entrar(Actores.LUCIA_1);
        transaccion.begin();
        Notificacion n = buzon.encolar("espera-" + System.nanoTime() + "@gestoria.example", "Asunto", "Cuerpo");
        transaccion.commit();

        enviarPendientes();

        Notificacion guardada = buscar(n.getId()).orElseThrow();
        assertThat(guardada.getEstado()).isEqualTo(EstadoNotificacion.PENDIENTE);
        // The half-minute timer may have tried too: at least our attempt counts.
        assertThat(guardada.getIntentos()).isPositive();
        assertThat(guardada.getUltimoError()).isPresent();

        smtp.start();
        enviarPendientes();
        assertThat(buscar(n.getId()).orElseThrow().getEstado()).isEqualTo(EstadoNotificacion.ENVIADA);
    }

    private static boolean destinatarioEs(MimeMessage m, String destinatario) {
        try {
            return m.getAllRecipients()[0].toString().equals(destinatario);
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }
}
