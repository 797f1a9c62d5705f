package es.tgss.casia.calendario;

import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.ErroresDeCampo;
import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The calendar of días inhábiles (table dia_inhabil). Everyone's deadlines read it; supervisors keep it: the
 * national holidays come seeded, regional, local and extraordinary ones are added on the Calendario screen. A change
 * applies to deadlines computed from then on: a deadline already given to an autorizado stays as it was told.
 */
@Stateless
public class DiasInhabiles {

    /** A description fits a line of the screen and of the list. */
    public static final int MAX_DESCRIPCION = 120;

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Resource
    private SessionContext contexto;

    @Inject
    private Clock reloj;

    @Inject
    private CalendarioEnMemoria enMemoria;

    /** The whole calendar (a few dozen rows a year): what every deadline is computed with. */
    @PermitAll
    public Calendario calendario() {
        return enMemoria.calendario();
    }

    /** The días inhábiles of a year, in order. */
    @RolesAllowed({Rol.Nombre.TRAMITADOR, Rol.Nombre.SUPERVISOR})
    public List<DiaInhabil> delAno(int ano) {
        List<?> filas = em.createNativeQuery("""
                        select fecha, descripcion, ambito, anadido_por, anadido_en from dia_inhabil
                        where fecha between ?1 and ?2 order by fecha""")
                .setParameter(1, LocalDate.of(ano, 1, 1))
                .setParameter(2, LocalDate.of(ano, 12, 31))
                .getResultList();
        return filas.stream()
                .map(Object[].class::cast)
                .map(f -> new DiaInhabil(
                        ((Date) f[0]).toLocalDate(),
                        (String) f[1],
                        Ambito.valueOf((String) f[2]),
                        (String) f[3],
                        ((Timestamp) f[4]).toInstant().atOffset(ZoneOffset.UTC)))
                .toList();
    }

    /**
     * Adds a día inhábil. Refused, field by field: no date, a Saturday or Sunday (already inhábil), a day already in
     * the calendar, a day in the past (deadlines already running were computed without it), no description.
     */
    @RolesAllowed(Rol.Nombre.SUPERVISOR)
    public void anadir(LocalDate fecha, String descripcion, Ambito ambito) {
        ErroresDeCampo errores = new ErroresDeCampo();
        LocalDate hoy = LocalDate.ofInstant(reloj.instant(), Calendario.ZONA);
        if (fecha == null) {
            errores.anadir("fecha", "calendario.fecha.obligatoria");
        } else if (fecha.isBefore(hoy)) {
            errores.anadir("fecha", "calendario.fecha.pasada");
        } else if (Calendario.SOLO_FINES_DE_SEMANA.inhabil(fecha)) {
            errores.anadir("fecha", "calendario.fecha.finDeSemana");
        } else if (calendario().inhabil(fecha)) {
            errores.anadir("fecha", "calendario.fecha.yaEsta");
        }
        if (descripcion == null || descripcion.isBlank()) {
            errores.anadir("descripcion", "calendario.descripcion.obligatoria");
        } else if (descripcion.strip().length() > MAX_DESCRIPCION) {
            errores.anadir("descripcion", "calendario.descripcion.larga", MAX_DESCRIPCION);
        }
        if (ambito == null) {
            errores.anadir("ambito", "calendario.ambito.obligatorio");
        }
        errores.lanzarSiHay();
        int anadidos = em.createNativeQuery("""
                        insert into dia_inhabil (fecha, descripcion, ambito, anadido_por, anadido_en)
                        values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, fecha)
                .setParameter(2, descripcion.strip())
                .setParameter(3, ambito.name())
                .setParameter(4, contexto.getCallerPrincipal().getName())
                .setParameter(5, reloj.instant().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        // Another supervisor added the same day between the check above and this insert: say so, not "done".
        if (anadidos == 0) {
            throw ErrorDeNegocio.enCampo("fecha", "calendario.fecha.yaEsta");
        }
        enMemoria.olvidar();
    }

    /**
     * Removes a día inhábil still to come (a past one has already counted in deadlines). A day that is not in the
     * calendar (already removed by someone else) is refused rather than reported as removed.
     */
    @RolesAllowed(Rol.Nombre.SUPERVISOR)
    public void quitar(LocalDate fecha) {
        LocalDate hoy = LocalDate.ofInstant(reloj.instant(), Calendario.ZONA);
        if (fecha == null) {
            throw ErrorDeNegocio.enCampo("fecha", "calendario.fecha.obligatoria");
        }
        if (fecha.isBefore(hoy)) {
            throw ErrorDeNegocio.enCampo("fecha", "calendario.fecha.pasada");
        }
        int quitados = em.createNativeQuery("delete from dia_inhabil where fecha = ?1")
                .setParameter(1, fecha)
                .executeUpdate();
        if (quitados == 0) {
            throw ErrorDeNegocio.enCampo("fecha", "calendario.fecha.noEsta");
        }
        enMemoria.olvidar();
    }
}
