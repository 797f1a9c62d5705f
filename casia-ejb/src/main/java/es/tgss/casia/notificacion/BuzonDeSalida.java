package es.tgss.casia.notificacion;

import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox. A notice is queued inside the transaction of the change it announces (so a rolled-back change
 * sends nothing and a committed one loses nothing), and sent one at a time, each in a transaction of its own that
 * holds the notice's row lock while the SMTP server takes it: two senders (threads or instances) never send the same
 * notice, and one that dies before marking it sent releases the lock with its connection, so the notice is sent
 * again (at most one duplicate, with the same Message-ID). Anyone who changes a case queues; only the sender (the
 * system identity) reads and marks; ops watch and retry.
 */
@Stateless
@RolesAllowed(Rol.Nombre.SISTEMA)
public class BuzonDeSalida {

    /**
     * The oldest due notice that no other sender holds. SKIP LOCKED: a notice another sender is sending is passed
     * over, not waited for, so a slow server holds up only the notice it is taking.
     */
    private static final String SIGUIENTE = """
            select id from notificacion where estado = 'PENDIENTE' and proximo_intento <= ?1
            order by proximo_intento, id limit 1 for update skip locked""";

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Inject
    private Clock reloj;

    @Inject
    private Event<NotificacionesEncoladas> encoladas;

    /**
     * Queues a notice. Must run inside the caller's transaction: a notice written on its own could announce a
     * change that then rolls back.
     *
     * @param cuerpoHtml the HTML alternative of {@code cuerpo}, with every text from a user already escaped
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @RolesAllowed({Rol.Nombre.AUTORIZADO, Rol.Nombre.TRAMITADOR, Rol.Nombre.SUPERVISOR, Rol.Nombre.SISTEMA})
    public Notificacion encolar(String destinatario, String asunto, String cuerpo, String cuerpoHtml) {
        Notificacion n = new Notificacion(
                destinatario,
                recortar(asunto, Notificacion.MAX_ASUNTO),
                recortar(cuerpo, Notificacion.MAX_CUERPO),
                cuerpoHtml,
                OffsetDateTime.now(reloj));
        em.persist(n);
        encoladas.fire(new NotificacionesEncoladas());
        return n;
    }

    public Optional<Notificacion> buscar(long id) {
        return Optional.ofNullable(em.find(Notificacion.class, id));
    }

    /**
     * Claims the oldest due notice, hands it to the cartero and notes the outcome, all in one transaction. A crash
     * (or a failed commit) after the server took the message leaves the notice pending: it is sent again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ResultadoEnvio enviarSiguiente(Cartero cartero) {
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        List<?> ids = em.createNativeQuery(SIGUIENTE)
                .setParameter(1, Timestamp.from(ahora.toInstant()))
                .getResultList();
        if (ids.isEmpty()) {
            return ResultadoEnvio.NINGUNA;
        }
        Notificacion n = em.find(Notificacion.class, ((Number) ids.get(0)).longValue());
        try {
            cartero.enviar(n);
            n.marcarEnviada(OffsetDateTime.now(reloj));
            return ResultadoEnvio.ENVIADA;
        } catch (SinServidorException e) {
            n.anotarSinServidor(e.getMessage());
            return ResultadoEnvio.SIN_SERVIDOR;
        } catch (SendFailedException e) {
            n.anotarFallo(String.valueOf(e.getMessage()), ahora);
            return ResultadoEnvio.RECHAZADA;
        } catch (MessagingException e) {
            // The connection broke while the server took it: it may have arrived, or not; retried after a wait.
            n.anotarFallo(String.valueOf(e.getMessage()), ahora);
            return ResultadoEnvio.SIN_SERVIDOR;
        }
    }

    // ---- Operations -------------------------------------------------------------------------------------

    /** How many notices are in each state (every state present, zero included). */
    @RolesAllowed(Rol.Nombre.OPS)
    public Map<EstadoNotificacion, Long> recuento() {
        Map<EstadoNotificacion, Long> recuento = new EnumMap<>(EstadoNotificacion.class);
        for (EstadoNotificacion estado : EstadoNotificacion.values()) {
            recuento.put(estado, 0L);
        }
        em.createQuery("select n.estado, count(n) from Notificacion n group by n.estado", Object[].class)
                .getResultList()
                .forEach(fila -> recuento.put((EstadoNotificacion) fila[0], (Long) fila[1]));
        return recuento;
    }

    /** The newest notices in that state, newest first. */
    @RolesAllowed(Rol.Nombre.OPS)
    public List<NotificacionEnBuzon> ultimas(EstadoNotificacion estado, int maximo) {
        return em.createNamedQuery(Notificacion.POR_ESTADO, Notificacion.class)
                .setParameter("estado", estado)
                .setMaxResults(maximo)
                .getResultStream()
                .map(n -> new NotificacionEnBuzon(
                        n.getId(),
                        n.getDestinatario(),
                        n.getAsunto(),
                        n.getEstado(),
                        n.getIntentos(),
                        n.getUltimoError().orElse(null),
                        n.getCreada(),
                        n.getProximoIntento(),
                        n.getEnviada().orElse(null)))
                .toList();
    }

    /**
     * Sends a failed notice again (a fresh series of attempts, due now).
     *
     * @return false when it is not (or no longer) failed: sent meanwhile, or retried by another operator
     */
    @RolesAllowed(Rol.Nombre.OPS)
    public boolean reintentar(long id) {
        Notificacion n = em.find(Notificacion.class, id);
        if (n == null || n.getEstado() != EstadoNotificacion.FALLIDA) {
            return false;
        }
        n.reintentar(OffsetDateTime.now(reloj));
        encoladas.fire(new NotificacionesEncoladas());
        return true;
    }

    /** Sends every failed notice again; returns how many. */
    @RolesAllowed(Rol.Nombre.OPS)
    public int reintentarFallidas() {
        int n = em.createQuery("""
                        update Notificacion n set n.estado = :pendiente, n.intentos = 0, n.proximoIntento = :ahora,
                        n.version = n.version + 1 where n.estado = :fallida""")
                .setParameter("pendiente", EstadoNotificacion.PENDIENTE)
                .setParameter("ahora", OffsetDateTime.now(reloj))
                .setParameter("fallida", EstadoNotificacion.FALLIDA)
                .executeUpdate();
        if (n > 0) {
            encoladas.fire(new NotificacionesEncoladas());
        }
        return n;
    }

    private static String recortar(String texto, int maximo) {
        return texto.length() <= maximo ? texto : texto.substring(0, maximo);
    }
}
