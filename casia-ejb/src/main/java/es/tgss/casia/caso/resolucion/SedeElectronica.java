package es.tgss.casia.caso.resolucion;

import es.tgss.casia.caso.Accion;
import es.tgss.casia.caso.Caso;
import es.tgss.casia.caso.HistorialCaso;
import es.tgss.casia.caso.Llamante;
import es.tgss.casia.caso.Llamantes;
import es.tgss.casia.caso.Subestado;
import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The Sede Electrónica inbox of the autorización en curso ("Notificaciones"): the Resoluciones de Desistimiento put
 * at its disposal by the nightly job. Opening one is the comparecencia that practises the notification (art. 43.1
 * Ley 39/2015), recorded once, whoever of the autorización opens it first. Only its users see it: every statement
 * carries the autorización en curso and the caller's membership in its WHERE, so a notification of another
 * autorización is "not found", as a case of another autorización is.
 */
@Stateless
@RolesAllowed(Rol.Nombre.AUTORIZADO)
public class SedeElectronica {

    /** On the alias {@code r} of resolucion_desistimiento: of this autorización, with the caller a member of it. */
    private static final String DE_LA_AUTORIZACION = " r.autorizacion_id = (select a.id from autorizacion a"
            + " where a.numero = ?1) and exists (select 1 from miembro_autorizacion m join usuario u"
            + " on u.id = m.usuario_id where m.autorizacion_id = r.autorizacion_id and u.login = ?2)"
            + " and r.puesta_disposicion is not null";

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Inject
    private Clock reloj;

    @Resource
    private SessionContext contextoEjb;

    /** Without the membership statement: every query below checks membership itself. */
    @Inject
    private Llamantes llamantes;

    /** Every notification of the autorización en curso, newest first. */
    public List<NotificacionEnSede> notificaciones() {
        Llamante llamante = llamantes.actualSinComprobarPertenencia(contextoEjb);
        List<?> filas = em.createNativeQuery("""
                        select r.id, c.numero, c.titulo, r.puesta_disposicion, r.comparecencia_por, r.comparecencia,
                               r.rechazada
                        from resolucion_desistimiento r join caso c on c.id = r.caso_id
                        where""" + DE_LA_AUTORIZACION + """

                        order by r.puesta_disposicion desc, r.id desc""")
                .setParameter(1, llamante.autorizacion())
                .setParameter(2, llamante.login())
                .getResultList();
        return filas.stream()
                .map(Object[].class::cast)
                .map(f -> new NotificacionEnSede(
                        ((Number) f[0]).longValue(),
                        (String) f[1],
                        (String) f[2],
                        momento(f[3]),
                        (String) f[4],
                        momento(f[5]),
                        momento(f[6])))
                .toList();
    }

    /** How many are waiting for a comparecencia: the badge of the portal's menu. One statement. */
    public long pendientes() {
        Llamante llamante = llamantes.actualSinComprobarPertenencia(contextoEjb);
        Number cuenta = (Number) em.createNativeQuery("""
                        select count(*) from resolucion_desistimiento r
                        where""" + DE_LA_AUTORIZACION + """

                          and r.comparecencia is null and r.rechazada is null""")
                .setParameter(1, llamante.autorizacion())
                .setParameter(2, llamante.login())
                .getSingleResult();
        return cuenta.longValue();
    }

    /**
     * The PDF of the resolución. The first time anyone of the autorización opens it, within the 10 natural days
     * and before it was recorded as rejected, the comparecencia is recorded (who, when) with a line in the case's
     * history. The row is locked while deciding: of two users opening it at once, the second waits and finds the
     * first one's comparecencia; and the nightly rejection skips a row being opened. A rejected notification
     * stays readable, but opening it practises nothing (art. 43.2: the procedure goes on as notified).
     *
     * @throws ErrorDeNegocio {@code CASO_NO_ENCONTRADO} (key notificacion.noEncontrada): no such notification for the
     *     autorización en curso, or the caller is not a member of it
     */
    public NotificacionAbierta abrir(long id) {
        Llamante llamante = llamantes.actualSinComprobarPertenencia(contextoEjb);
        List<?> filas = em.createNativeQuery("""
                        select r.caso_id, c.numero, r.puesta_disposicion, r.comparecencia, r.rechazada, j.pdf
                        from resolucion_desistimiento r join caso c on c.id = r.caso_id
                             join justificante j on j.id = r.justificante_id
                        where r.id = ?3 and""" + DE_LA_AUTORIZACION + """

                        for update of r""")
                .setParameter(1, llamante.autorizacion())
                .setParameter(2, llamante.login())
                .setParameter(3, id)
                .getResultList();
        if (filas.isEmpty()) {
            throw new ErrorDeNegocio(CodigoError.CASO_NO_ENCONTRADO, "notificacion.noEncontrada", Long.toString(id));
        }
        Object[] f = (Object[]) filas.get(0);
        Instant ahora = reloj.instant();
        // Past the 10 days it is rejected in law even if the nightly job has not recorded it yet: no comparecencia.
        boolean enPlazo = !ahora.isAfter(momento(f[2]).toInstant().plus(EmisionDeResoluciones.PLAZO_DE_COMPARECENCIA));
        if (f[3] == null && f[4] == null && enPlazo) {
            comparecer(id, ((Number) f[0]).longValue(), llamante, ahora.atOffset(ZoneOffset.UTC));
        }
        return new NotificacionAbierta(NotificacionAbierta.nombreFichero((String) f[1]), (byte[]) f[5]);
    }

    private void comparecer(long id, long casoId, Llamante llamante, OffsetDateTime momento) {
        em.createNativeQuery(
                        "update resolucion_desistimiento set comparecencia = ?1, comparecencia_por = ?2 where id = ?3")
                .setParameter(1, momento)
                .setParameter(2, llamante.login())
                .setParameter(3, id)
                .executeUpdate();
        em.persist(new HistorialCaso(
                em.getReference(Caso.class, casoId),
                Accion.COMPARECENCIA,
                Subestado.DE_OFICIO,
                momento,
                llamante.login(),
                "Comparecencia en la Sede Electrónica: acceso al contenido de la Resolución de Desistimiento",
                llamante.direccion()));
    }

    private static OffsetDateTime momento(Object valor) {
        if (valor == null) {
            return null;
        }
        return valor instanceof OffsetDateTime o
                ? o
                : ((Timestamp) valor).toInstant().atOffset(ZoneOffset.UTC);
    }
}
