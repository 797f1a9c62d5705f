package es.tgss.casia.caso;

import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reminder that the manual does not have: CASIA_AVISO_DIAS days before a case can be closed de oficio, the
 * autorizado is reminded of the request for information still unanswered. At most one per request (a row of
 * {@code recordatorio_plazo} keyed by the case and the request's instant, written with the notice), none once the
 * case was answered (it left Solicitada Información), and a new request can have its own.
 *
 * <p>It runs every ten minutes on every instance rather than in the nightly job: a reminder is due from the start of
 * its day, so it goes out in the first minutes of that day even when the night's run failed or its instance is down,
 * and several instances at once are safe (the key above lets one of them send it). It needs no batch job, and costs
 * one indexed query (the stored last day, V16's ix_caso_vencimiento) that finds nothing most of the time.
 */
@Stateless
@RunAs(Rol.Nombre.SISTEMA)
public class RecordatoriosDePlazo {

    /** Cases that may be due: the exact day is checked per case by {@link #debido}, in Java, with the deadline rule. */
    private static final String CANDIDATOS = """
            select c.id from caso c where c.ultimo_dia_informacion between ?1 and ?2
            and not exists (select 1 from recordatorio_plazo r where r.caso_id = c.id
                            and r.solicitud = c.fecha_ultima_solicitud)
            order by c.ultimo_dia_informacion, c.id limit 1000""";

    private static final DateTimeFormatter DD_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Logger LOG = Logger.getLogger(RecordatoriosDePlazo.class.getName());

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Resource
    private SessionContext contextoEjb;

    @Inject
    private Configuracion configuracion;

    @Inject
    private Avisos avisos;

    @Inject
    private Clock reloj;

    /**
     * The day (Madrid) from which the reminder is due for a case whose last day to answer is {@code ultimoDia}:
     * {@code dias} days to answer remain, that day and the last one included.
     */
    static LocalDate diaDelRecordatorio(LocalDate ultimoDia, int dias) {
        return ultimoDia.plusDays(1).minusDays(dias);
    }

    /** Whether at that instant the reminder is due: from its day to the last day to answer. */
    static boolean debido(LocalDate ultimoDia, int dias, Instant ahora) {
        LocalDate hoy = ahora.atZone(CicloDeVidaCaso.ZONA).toLocalDate();
        return dias > 0 && !hoy.isBefore(diaDelRecordatorio(ultimoDia, dias)) && !hoy.isAfter(ultimoDia);
    }

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void periodicamente() {
        try {
            enviarDebidos(reloj.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "CASIA: no se han podido enviar los recordatorios de plazo", e);
        }
    }

    /** Queues every reminder due at that instant, each with its case in a transaction of its own; returns how many. */
    @RolesAllowed(Rol.Nombre.SISTEMA)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int enviarDebidos(Instant ahora) {
        int dias = configuracion.diasDeAvisoPrevio();
        if (dias == 0) {
            return 0;
        }
        // The cases whose last day is today or one of the next dias - 1 days.
        LocalDate hoy = ahora.atZone(CicloDeVidaCaso.ZONA).toLocalDate();
        List<?> ids = em.createNativeQuery(CANDIDATOS)
                .setParameter(1, hoy)
                .setParameter(2, hoy.plusDays(dias - 1L))
                .getResultList();
        RecordatoriosDePlazo yo = contextoEjb.getBusinessObject(RecordatoriosDePlazo.class);
        int enviados = 0;
        for (Object id : ids) {
            if (yo.recordar(((Number) id).longValue(), dias, ahora)) {
                enviados++;
            }
        }
        return enviados;
    }

    /**
     * Reminds of one case's request if it is still due. The case's row is locked first: an answer committing at the
     * same moment either comes first (the case is no longer waiting, no reminder) or waits for this one.
     *
     * @return whether the reminder was recorded now (false: not due, or already sent by another instance)
     */
    @RolesAllowed(Rol.Nombre.SISTEMA)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recordar(long idCaso, int dias, Instant ahora) {
        Caso caso = em.find(Caso.class, idCaso, LockModeType.PESSIMISTIC_WRITE);
        if (caso == null
                || caso.getSubestado() != Subestado.SOLICITADA_INFORMACION
                || caso.getUltimoDiaInformacion().isEmpty()) {
            return false;
        }
        Instant solicitud = caso.getFechaUltimaSolicitud().orElseThrow().toInstant();
        LocalDate ultimoDia = caso.getUltimoDiaInformacion().get();
        if (!debido(ultimoDia, dias, ahora)) {
            return false;
        }
        int nuevo = em.createNativeQuery(
                        "insert into recordatorio_plazo (caso_id, solicitud, enviado) values (?1, ?2, ?3) "
                                + "on conflict do nothing")
                .setParameter(1, idCaso)
                .setParameter(2, Timestamp.from(solicitud))
                .setParameter(3, Timestamp.from(ahora))
                .executeUpdate();
        if (nuevo == 0) {
            return false;
        }
        avisos.avisar(
                caso,
                TextosDeAviso.texto(
                        "aviso.recordatorio",
                        caso.getNumero(),
                        Integer.toString(CicloDeVidaCaso.DIAS_PLAZO_INFORMACION),
                        ultimoDia.format(DD_MM_AAAA)));
        return true;
    }
}
