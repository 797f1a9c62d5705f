package es.tgss.casia.lote;

import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The table ejecucion_programada: one row per nightly job and day, the guard between instances. Used only by
 * {@link ProgramacionNocturna}, which runs as the system identity.
 */
@Stateless
@RolesAllowed(Rol.Nombre.SISTEMA)
public class EjecucionesProgramadas {

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    /** @return whether this call took the day's run (false: another instance, or an earlier call, already has) */
    public boolean reservar(String trabajo, LocalDate dia, Instant instante) {
        return em.createNativeQuery("""
                        insert into ejecucion_programada (trabajo, dia, inicio) values (?1, ?2, ?3)
                        on conflict do nothing""")
                        .setParameter(1, trabajo)
                        .setParameter(2, dia)
                        .setParameter(3, instante.atOffset(ZoneOffset.UTC))
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

    /** One row of the table; idEjecucion is null while the run is starting, or when it could not start. */
    public record Fila(String trabajo, LocalDate dia, OffsetDateTime inicio, Long idEjecucion) {}

    /** The latest rows, newest day first. */
    public List<Fila> ultimas(int maximo) {
        List<?> filas = em.createNativeQuery("""
                        select trabajo, dia, inicio, id_ejecucion from ejecucion_programada
                        order by dia desc, inicio desc""").setMaxResults(maximo).getResultList();
        // The PostgreSQL driver's types for date, timestamptz and bigint.
        return filas.stream()
                .map(Object[].class::cast)
                .map(f -> new Fila(
                        (String) f[0],
                        ((Date) f[1]).toLocalDate(),
                        ((Timestamp) f[2]).toInstant().atOffset(ZoneOffset.UTC),
                        (Long) f[3]))
                .toList();
    }

    /** After a restart the day's row names the new execution. */
    public void sustituir(long idAnterior, long idNuevo) {
        em.createNativeQuery("update ejecucion_programada set id_ejecucion = ?1 where id_ejecucion = ?2")
                .setParameter(1, idNuevo)
                .setParameter(2, idAnterior)
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
