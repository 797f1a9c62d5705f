package es.tgss.casia.notificacion;

import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Empties the outbox when an SMTP server is configured; without one, notices wait. A round runs right after each
 * commit that queued notices ({@link EnvioTrasConfirmar}) and, as the fallback, every half minute on every instance.
 * Any number of rounds may run at once, in one instance or several: each notice is claimed under its row lock (see
 * {@link BuzonDeSalida#enviarSiguiente}), so each is sent by one of them.
 *
 * <p>Stateless, not a singleton: a singleton's calls queue behind one another, and a round that waits on a slow server
 * would hold up every other round of the instance.
 *
 * <p>Runs as the system identity: the timer has no caller, and the outbox is read only by the system.
 */
@Stateless
@RunAs(Rol.Nombre.SISTEMA)
public class EnvioDeNotificaciones {

    private static final Logger LOG = Logger.getLogger(EnvioDeNotificaciones.class.getName());

    @Inject
    private Configuracion configuracion;

    @Inject
    private BuzonDeSalida buzon;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void periodicamente() {
        enviarPendientes();
    }

    /**
     * Sends what is due now. Anyone whose change queued a notice may ask for it: it sends only what is already queued,
     * to whom it is addressed (the executor that runs it after a commit carries the user's identity).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void enviarYa() {
        enviarPendientes();
    }

    /** Sends what is due, oldest first, until nothing is due or the server cannot be reached; returns how many. */
    @RolesAllowed(Rol.Nombre.SISTEMA)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int enviarPendientes() {
        Optional<Configuracion.Smtp> smtp = configuracion.smtp();
        if (smtp.isEmpty()) {
            return 0;
        }
        try (ServidorSmtp servidor =
                new ServidorSmtp(smtp.get(), configuracion.urlPublica().getHost())) {
            return enviarPendientes(servidor, smtp.get());
        } catch (MessagingException e) {
            LOG.warning(() -> "CASIA: configuración SMTP no válida (" + smtp.get() + "): " + e.getMessage());
            return 0;
        }
    }

    private int enviarPendientes(Cartero cartero, Configuracion.Smtp smtp) {
        int enviadas = 0;
        while (true) {
            ResultadoEnvio resultado;
            try {
                resultado = buzon.enviarSiguiente(cartero);
            } catch (EJBException e) {
                // The mark did not commit (the database went away, say): the notice stays pending and is sent again
                // by the next round; it may then arrive twice, with the same Message-ID.
                LOG.log(Level.WARNING, "CASIA: no se ha podido anotar el envío de una notificación", e);
                return enviadas;
            }
            switch (resultado) {
                case NINGUNA -> {
                    return enviadas;
                }
                case ENVIADA -> enviadas++;
                case RECHAZADA -> {
                    // That message was refused (an address, say): go on with the others.
                }
                case SIN_SERVIDOR -> {
                    // The rest would wait for the same time-out: the next round tries again.
                    LOG.warning(() -> "CASIA: el servidor SMTP " + smtp + " no responde, se reintentará");
                    return enviadas;
                }
            }
        }
    }
}
