package es.tgss.casia.lote;

import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The table ejecucion_programada: one row per nightly job and day, the guard between instances, and the heartbeat of
 * the run it names. Used by {@link ProgramacionNocturna}, which runs as the system identity, and by the job's
 * {@link LatidoDelTrabajo}.
 */
@Stateless
@RolesAllowed(Rol.Nombre.SISTEMA)
public class EjecucionesProgramadas {

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    /**
     * Takes the day's run. A row left without an execution (its instance died between taking the day and starting
     * the job) is taken again once it is older than {@code abandonadaAntesDe}; otherwise the day stays taken.
     *
     * @return whether this call took the day's run (false: another instance, or an earlier call, already has)
     */
    public boolean reservar(String trabajo, LocalDate dia, Instant lanzada, Instant abandonadaAntesDe) {
        return em.createNativeQuery("""
                        insert into ejecucion_programada (trabajo, dia, inicio) values (?1, ?2, ?3)
                        on conflict (trabajo, dia) do update set inicio = excluded.inicio, latido = null
                        where ejecucion_programada.id_ejecucion is null and ejecucion_programada.inicio < ?4""")
                        .setParameter(1, trabajo)
                        .setParameter(2, dia)
                        .setParameter(3, lanzada.atOffset(ZoneOffset.UTC))
                        .setParameter(4, abandonadaAntesDe.atOffset(ZoneOffset.UTC))
                        .executeUpdate()
                == 1;
    }

    public void anotar(String trabajo, LocalDate dia, long idEjecucion) {
        em.createNativeQuery("update ejecucion_programada set id_ejecucion = ?1 where trabajo = ?2 and dia = ?3")
                .setParameter(1, idEjecucion)
                .setParameter(2, trabajo)
                .setParameter(3, dia)
                .executeUpdate();
    }

    /**
     * One row of the table; idEjecucion is null while the run is starting, or when it could not start; latido is
     * null until the run's first heartbeat; idAnterior names the execution a restart replaced.
     */
    public record Fila(
            String trabajo,
            LocalDate dia,
            OffsetDateTime inicio,
            Long idEjecucion,
            OffsetDateTime latido,
            Long idAnterior) {}

    private static final String COLUMNAS = "trabajo, dia, inicio, id_ejecucion, latido, id_ejecucion_anterior";

    /** The latest rows, newest day first. */
    public List<Fila> ultimas(int maximo) {
        List<?> filas = em.createNativeQuery("select " + COLUMNAS + """
                         from ejecucion_programada
                        order by dia desc, inicio desc""")
                .setMaxResults(maximo)
                .getResultList();
        return filas.stream()
                .map(Object[].class::cast)
                .map(EjecucionesProgramadas::fila)
                .toList();
    }

    /** The row that names this execution, if any. */
    public Optional<Fila> deLaEjecucion(long idEjecucion) {
        List<?> filas = em.createNativeQuery(
                        "select " + COLUMNAS + " from ejecucion_programada where id_ejecucion = ?1")
                .setParameter(1, idEjecucion)
                .getResultList();
        return filas.stream()
                .map(Object[].class::cast)
                .map(EjecucionesProgramadas::fila)
                .findFirst();
    }

    // The PostgreSQL driver's types for date, timestamptz and bigint.
    private static Fila fila(Object[] f) {
        return new Fila(
                (String) f[0], ((Date) f[1]).toLocalDate(), instante(f[2]), (Long) f[3], instante(f[4]), (Long) f[5]);
    }

    private static OffsetDateTime instante(Object valor) {
        return valor == null ? null : ((Timestamp) valor).toInstant().atOffset(ZoneOffset.UTC);
    }

    /**
     * The heartbeat of a running job: called by the job itself ({@link LatidoDelTrabajo}) in a transaction of its
     * own, so that it is seen at once and never joins the chunk's. Open to any caller: it only writes a time on the
     * row that names that execution (none may, for a moment after the launch: the next beat finds it).
     *
     * @return whether a row names that execution
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean latir(long idEjecucion, Instant ahora) {
        return em.createNativeQuery("update ejecucion_programada set latido = ?1 where id_ejecucion = ?2")
                        .setParameter(1, ahora.atOffset(ZoneOffset.UTC))
                        .setParameter(2, idEjecucion)
                        .executeUpdate()
                > 0;
    }

    /**
     * Takes an interrupted run for a new launch: of two operators (or instances) pressing "Reanudar" at once, only
     * the first sees true; the heartbeat it writes keeps the run from looking interrupted until the new execution
     * beats.
     *
     * @param silencioDesde the run is taken only if nothing was heard of it since this instant
     */
    public boolean tomarInterrumpida(long idEjecucion, Instant silencioDesde, Instant ahora) {
        return em.createNativeQuery("""
                        update ejecucion_programada set latido = ?1
                        where id_ejecucion = ?2 and coalesce(latido, inicio) < ?3""")
                        .setParameter(1, ahora.atOffset(ZoneOffset.UTC))
                        .setParameter(2, idEjecucion)
                        .setParameter(3, silencioDesde.atOffset(ZoneOffset.UTC))
                        .executeUpdate()
                == 1;
    }

    /** After a restart the day's row names the new execution, and the one it replaced; it has just beaten. */
    public void sustituir(long idAnterior, long idNuevo, Instant ahora) {
        em.createNativeQuery("""
                        update ejecucion_programada
                        set id_ejecucion = ?1, id_ejecucion_anterior = ?2, latido = ?3
                        where id_ejecucion = ?2""")
                .setParameter(1, idNuevo)
                .setParameter(2, idAnterior)
                .setParameter(3, ahora.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** A run that could not even start gives the day back, so that it can be launched again. */
    public void liberar(String trabajo, LocalDate dia) {
        em.createNativeQuery(
                        "delete from ejecucion_programada where trabajo = ?1 and dia = ?2 and id_ejecucion is null")
                .setParameter(1, trabajo)
                .setParameter(2, dia)
                .executeUpdate();
    }
}
