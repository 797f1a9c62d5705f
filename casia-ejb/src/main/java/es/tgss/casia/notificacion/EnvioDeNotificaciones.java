package es.tgss.casia.notificacion;

import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Empties the outbox every half minute when an SMTP server is configured; without one, notices wait.
 *
 * <p>A notice is marked sent right after the server accepted it; a crash in between sends it again on the next
 * round (at least once, never lost). Running several instances safely is the notifications issue's work.
 *
 * <p>Runs as the system identity: the timer has no caller, and the outbox is read only by the system.
 */
@Singleton
@RunAs(Rol.Nombre.SISTEMA)
public class EnvioDeNotificaciones {

    static final int LOTE = 50;
    private static final Logger LOG = Logger.getLogger(EnvioDeNotificaciones.class.getName());

    @Inject
    private Configuracion configuracion;

    @Inject
    private BuzonDeSalida buzon;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void periodicamente() {
        enviarPendientes();
    }

    /** Sends what is pending, oldest first; returns how many were sent. */
    @RolesAllowed(Rol.Nombre.SISTEMA)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int enviarPendientes() {
        Optional<Configuracion.Smtp> smtp = configuracion.smtp();
        if (smtp.isEmpty()) {
            return 0;
        }
        ServidorSmtp servidor;
        try {
            servidor = new ServidorSmtp(smtp.get());
        } catch (MessagingException e) {
            LOG.warning(() -> "CASIA: configuración SMTP no válida (" + smtp.get() + "): " + e.getMessage());
            return 0;
        }
        int enviadas = 0;
        for (Notificacion n : buzon.pendientes(LOTE)) {
            try {
                servidor.enviar(n);
                buzon.marcarEnviada(n.getId());
                enviadas++;
            } catch (SendFailedException e) {
                // This message was refused (an address, say): note it and go on with the others.
                buzon.anotarFallo(n.getId(), String.valueOf(e.getMessage()));
            } catch (MessagingException e) {
                // The server cannot be reached: the rest would wait for the same time-out, so try next round.
                buzon.anotarFallo(n.getId(), String.valueOf(e.getMessage()));
                LOG.warning(() ->
                        "CASIA: el servidor SMTP " + smtp.get() + " no responde, se reintentará: " + e.getMessage());
                break;
            }
        }
        return enviadas;
    }
}
