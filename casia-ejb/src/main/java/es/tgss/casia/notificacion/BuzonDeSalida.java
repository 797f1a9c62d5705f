package es.tgss.casia.notificacion;

import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The outbox. A notice is queued inside the transaction of the change it announces (so a rolled-back change
 * sends nothing and a committed one loses nothing), and marked once sent, each in a transaction of its own.
 * Anyone who changes a case queues; only the sender (the system identity) reads and marks.
 */
@Stateless
@RolesAllowed(Rol.Nombre.SISTEMA)
public class BuzonDeSalida {

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Inject
    private Clock reloj;

    /**
     * Queues a notice. Must run inside the caller's transaction: a notice written on its own could announce a
     * change that then rolls back.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @RolesAllowed({Rol.Nombre.AUTORIZADO, Rol.Nombre.TRAMITADOR, Rol.Nombre.SUPERVISOR, Rol.Nombre.SISTEMA})
    public Notificacion encolar(String destinatario, String asunto, String cuerpo) {
        Notificacion n = new Notificacion(
                destinatario,
                recortar(asunto, Notificacion.MAX_ASUNTO),
                recortar(cuerpo, Notificacion.MAX_CUERPO),
                OffsetDateTime.now(reloj));
        em.persist(n);
        return n;
    }

    public List<Notificacion> pendientes(int maximo) {
        return em.createNamedQuery(Notificacion.PENDIENTES, Notificacion.class)
                .setParameter("estado", EstadoNotificacion.PENDIENTE)
                .setMaxResults(maximo)
                .getResultList();
    }

    public Optional<Notificacion> buscar(long id) {
        return Optional.ofNullable(em.find(Notificacion.class, id));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void marcarEnviada(long id) {
        em.find(Notificacion.class, id).marcarEnviada(OffsetDateTime.now(reloj));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void anotarFallo(long id, String error) {
        em.find(Notificacion.class, id).anotarFallo(error);
    }

    private static String recortar(String texto, int maximo) {
        return texto.length() <= maximo ? texto : texto.substring(0, maximo);
    }
}
