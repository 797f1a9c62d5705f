package es.tgss.casia.panel;

import es.tgss.casia.caso.CicloDeVidaCaso;
import es.tgss.casia.caso.Subestado;
import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.seguridad.Rol;
import es.tgss.casia.tramitador.Tramitador;
import es.tgss.casia.tramitador.TramitadorService;
import es.tgss.casia.tramitador.Unidad;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The back-office's Panel. A supervisor sees every unidad, or one they choose; a tramitador, their own unidad only.
 * The caller comes from the container.
 *
 * <p>Speed on millions of cases: each figure is an aggregate over a partial index, read without the table
 * (V14__panel.sql says why indexes and not a summary table): the open cases from {@code ix_caso_panel_abiertos}, the
 * valoraciones from {@code ix_caso_panel_valoraciones}, the cases due for cierre de oficio as a range of V4's
 * {@code ix_caso_subestado_solicitud} (of {@code ix_caso_panel_por_cerrar} for one unidad), read in its order and cut
 * at {@link #MAXIMO_POR_CERRAR} (no tie-breaker in the ORDER BY: one would make the database read and sort the whole
 * range; two requests of the same microsecond may come in either order). The WHEREs below repeat those indexes' predicates literally: the planner
 * uses a partial index only when it can prove the query implies its predicate, which it cannot do through a
 * parameter. The aggregates are grouped by ids in a subquery and only then joined to the unidad's and materia's
 * names, so the join touches a few hundred groups, not the cases. A panel costs at most six statements: the scope,
 * the open cases (by subestado and age at once), the valoraciones (by materia and unidad at once), the cases due and
 * their count (only when the list is cut).
 */
@Stateless
@RolesAllowed({Rol.Nombre.TRAMITADOR, Rol.Nombre.SUPERVISOR})
public class PanelService {

    /** The subestados of an open case, in the manual's order: the columns of the panel. */
    public static final List<Subestado> SUBESTADOS_ABIERTOS =
            Arrays.stream(Subestado.values()).filter(Subestado::abierto).toList();

    /** How many of the cases due for cierre de oficio the panel lists; the count says how many there are. */
    public static final int MAXIMO_POR_CERRAR = 200;

    /** {@code ix_caso_panel_abiertos}'s predicate, word for word. */
    private static final String ABIERTOS = SUBESTADOS_ABIERTOS.stream()
            .map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ", "c.subestado in (", ")"));

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Inject
    private Clock reloj;

    @Inject
    private TramitadorService tramitadores;

    @Resource
    private SessionContext contexto;

    /**
     * The unidades the caller may choose: every one for a supervisor (in código order), their own for a tramitador.
     */
    public List<UnidadDelPanel> unidades() {
        if (contexto.isCallerInRole(Rol.Nombre.SUPERVISOR)) {
            return em.createQuery(
                            "select new es.tgss.casia.panel.UnidadDelPanel(u.codigo, u.nombre) from Unidad u"
                                    + " order by u.codigo",
                            UnidadDelPanel.class)
                    .getResultList();
        }
        Unidad propia = unidadPropia();
        return List.of(new UnidadDelPanel(propia.getCodigo(), propia.getNombre()));
    }

    /**
     * The panel of one unidad, or of every unidad ({@code codigoUnidad} null, supervisors only; for a tramitador null
     * means their own).
     *
     * @throws ErrorDeNegocio {@code ACCESO_NO_PERMITIDO} for a tramitador naming another unidad, or one who belongs
     *     to none; {@code CAMPO_INVALIDO} for a unidad that does not exist
     */
    public Panel panel(String codigoUnidad) {
        Unidad unidad = alcance(codigoUnidad);
        LocalDate hoy = LocalDate.now(reloj.withZone(CicloDeVidaCaso.ZONA));

        Recuento porSubestado = new Recuento(SUBESTADOS_ABIERTOS.size());
        Recuento porTramo = new Recuento(TramoDeAntiguedad.values().length);
        for (Object[] f : abiertos(unidad, hoy)) {
            long casos = ((Number) f[4]).longValue();
            porSubestado.sumar(
                    (String) f[0], (String) f[1], SUBESTADOS_ABIERTOS.indexOf(Subestado.valueOf((String) f[2])), casos);
            porTramo.sumar((String) f[0], (String) f[1], ((Number) f[3]).intValue(), casos);
        }

        Recuento porMateria = new Recuento(5);
        Recuento porUnidad = new Recuento(5);
        for (Object[] f : valoraciones(unidad)) {
            int puntuacion = ((Number) f[5]).intValue();
            long casos = ((Number) f[6]).longValue();
            porMateria.sumar((String) f[2], (String) f[3], puntuacion - 1, casos);
            porUnidad.sumar((String) f[0], (String) f[1], puntuacion - 1, casos);
        }

        Intervalo dias = ultimosDiasQueVencen(hoy);
        List<CasoPorCerrar> porCerrar = porCerrar(unidad, dias);
        long totalPorCerrar = porCerrar.size() < MAXIMO_POR_CERRAR ? porCerrar.size() : contarPorCerrar(unidad, dias);

        return new Panel(
                unidad == null ? null : unidad.getCodigo(),
                hoy,
                porSubestado.porUnidad(FilaAbiertos::new),
                porSubestado.total(FilaAbiertos::new),
                porTramo.porUnidad(FilaAntiguedad::new),
                porTramo.total(FilaAntiguedad::new),
                porCerrar,
                totalPorCerrar,
                porMateria.enSuOrden(FilaValoracion::new),
                porUnidad.porUnidad(FilaValoracion::new),
                porMateria.total(FilaValoracion::new));
    }

    /**
     * The figures of one table as the query's groups arrive: one row per código (a unidad's, with null for the cases
     * no unidad has; or a materia's), one column per subestado, tramo or puntuación.
     */
    private static final class Recuento {

        /** How a read model is made of a row: every row record of the panel is (código, nombre, figures). */
        interface Fila<T> {
            T de(String codigo, String nombre, List<Long> casos);
        }

        private record Clave(String codigo, String nombre) {}

        private final int columnas;
        private final Map<Clave, long[]> filas = new LinkedHashMap<>();

        Recuento(int columnas) {
            this.columnas = columnas;
        }

        void sumar(String codigo, String nombre, int columna, long casos) {
            filas.computeIfAbsent(new Clave(codigo, nombre), k -> new long[columnas])[columna] += casos;
        }

        /** Rows in the order their first group came (the query's: the catalogue's order of materias). */
        <T> List<T> enSuOrden(Fila<T> fila) {
            return filas.entrySet().stream()
                    .map(e -> fila.de(e.getKey().codigo(), e.getKey().nombre(), lista(e.getValue())))
                    .toList();
        }

        /** Rows of unidades in código order, the cases with no unidad last. */
        <T> List<T> porUnidad(Fila<T> fila) {
            return filas.entrySet().stream()
                    .sorted(Comparator.comparing(
                            e -> e.getKey().codigo(), Comparator.nullsLast(Comparator.<String>naturalOrder())))
                    .map(e -> fila.de(e.getKey().codigo(), e.getKey().nombre(), lista(e.getValue())))
                    .toList();
        }

        /** The total row: no código, no name. */
        <T> T total(Fila<T> fila) {
            long[] total = new long[columnas];
            filas.values().forEach(casos -> {
                for (int i = 0; i < columnas; i++) {
                    total[i] += casos[i];
                }
            });
            return fila.de(null, null, lista(total));
        }

        private static List<Long> lista(long[] casos) {
            return Arrays.stream(casos).boxed().toList();
        }
    }

    /** The unidad whose panel the caller sees; null for every unidad (a supervisor without filter). */
    private Unidad alcance(String codigoUnidad) {
        String codigo = codigoUnidad == null || codigoUnidad.isBlank() ? null : codigoUnidad.strip();
        if (contexto.isCallerInRole(Rol.Nombre.SUPERVISOR)) {
            if (codigo == null) {
                return null;
            }
            return em.createQuery("select u from Unidad u where u.codigo = :codigo", Unidad.class)
                    .setParameter("codigo", codigo)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> ErrorDeNegocio.enCampo("unidad", "caso.unidad.noExiste", codigo));
        }
        Unidad propia = unidadPropia();
        if (codigo != null && !codigo.equals(propia.getCodigo())) {
            // A tramitador sees their own unidad's panel; another's is a supervisor's view.
            throw new ErrorDeNegocio(CodigoError.ACCESO_NO_PERMITIDO, "acceso.perfil");
        }
        return propia;
    }

    private Unidad unidadPropia() {
        return tramitadores
                .buscarPorLogin(contexto.getCallerPrincipal().getName())
                .map(Tramitador::getUnidad)
                .orElseThrow(() -> new ErrorDeNegocio(CodigoError.ACCESO_NO_PERMITIDO, "acceso.perfil"));
    }

    /**
     * (código, nombre, subestado, tramo, casos) of the open cases: one index-only scan of ix_caso_panel_abiertos
     * gives both tables, the tramo being the first of the days of alta (as instants) the case is not older than.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> abiertos(Unidad unidad, LocalDate hoy) {
        Query consulta = em.createNativeQuery(sqlAbiertos(unidad != null));
        List<Timestamp> limites = limitesDeLosTramos(hoy);
        for (int i = 0; i < limites.size(); i++) {
            consulta.setParameter(i + 1, limites.get(i));
        }
        return conUnidad(consulta, unidad, limites.size() + 1).getResultList();
    }

    /** The first instant of each tramo but the last: parameters 1 to 4 of {@link #sqlAbiertos}. */
    static List<Timestamp> limitesDeLosTramos(LocalDate hoy) {
        List<Timestamp> limites = new ArrayList<>();
        for (TramoDeAntiguedad tramo : TramoDeAntiguedad.values()) {
            LocalDate primerDia = tramo.primerDiaDeAlta(hoy);
            if (primerDia != null) {
                limites.add(inicio(primerDia));
            }
        }
        return limites;
    }

    /** The tramo is the first whose limit the alta is not older than (parameters 1 to 4); the unidad, parameter 5. */
    static String sqlAbiertos(boolean unaUnidad) {
        StringBuilder tramos = new StringBuilder("case");
        int limite = 0;
        for (TramoDeAntiguedad tramo : TramoDeAntiguedad.values()) {
            if (tramo.ordinal() < TramoDeAntiguedad.values().length - 1) {
                tramos.append(" when c.fecha_alta >= ?")
                        .append(++limite)
                        .append(" then ")
                        .append(tramo.ordinal());
            } else {
                tramos.append(" else ").append(tramo.ordinal()).append(" end");
            }
        }
        return "select u.codigo, u.nombre, a.subestado, a.tramo, a.casos"
                + " from (select c.unidad_id, c.subestado, " + tramos + " as tramo, count(*) as casos"
                + " from caso c where " + ABIERTOS + deLaUnidad(unaUnidad, limite + 1)
                + " group by 1, 2, 3) a left join unidad u on u.id = a.unidad_id";
    }

    /**
     * (código and nombre of the unidad, código, nombre and orden of the materia, puntuación, casos), in the
     * catalogue's order of materias: one index-only scan of ix_caso_panel_valoraciones gives both tables.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> valoraciones(Unidad unidad) {
        return conUnidad(em.createNativeQuery(sqlValoraciones(unidad != null)), unidad, 1)
                .getResultList();
    }

    /** The unidad, parameter 1. */
    static String sqlValoraciones(boolean unaUnidad) {
        return "select u.codigo, u.nombre, m.codigo, m.nombre, m.orden, a.valoracion, a.casos"
                + " from (select c.unidad_id, c.materia_id, c.valoracion, count(*) as casos from caso c"
                + " where c.valoracion is not null" + deLaUnidad(unaUnidad, 1) + " group by 1, 2, 3) a"
                + " join materia m on m.id = a.materia_id left join unidad u on u.id = a.unidad_id order by m.orden";
    }

    /** The stored last day within [?1, ?2): V16's ix_caso_panel_vencimiento (one unidad) or ix_caso_vencimiento. */
    private static final String POR_CERRAR =
            " from caso c where c.ultimo_dia_informacion >= ?1 and c.ultimo_dia_informacion < ?2";

    @SuppressWarnings("unchecked")
    private List<CasoPorCerrar> porCerrar(Unidad unidad, Intervalo dias) {
        Query consulta = em.createNativeQuery(sqlPorCerrar(unidad != null))
                .setParameter(1, dias.desde())
                .setParameter(2, dias.hasta())
                .setMaxResults(MAXIMO_POR_CERRAR);
        List<Object[]> filas = conUnidad(consulta, unidad, 3).getResultList();
        return filas.stream()
                .map(f -> new CasoPorCerrar(
                        (String) f[0], (String) f[1], (String) f[2], ((java.sql.Date) f[3]).toLocalDate()))
                .toList();
    }

    private long contarPorCerrar(Unidad unidad, Intervalo dias) {
        Query consulta = em.createNativeQuery(sqlContarPorCerrar(unidad != null))
                .setParameter(1, dias.desde())
                .setParameter(2, dias.hasta());
        return ((Number) conUnidad(consulta, unidad, 3).getSingleResult()).longValue();
    }

    /** The last days from parameter 1 to 2 (excluded), the unidad parameter 3; the soonest deadline first. */
    static String sqlPorCerrar(boolean unaUnidad) {
        return "select c.numero, c.titulo, (select u.codigo from unidad u where u.id = c.unidad_id),"
                + " c.ultimo_dia_informacion" + POR_CERRAR + deLaUnidad(unaUnidad, 3)
                + " order by c.ultimo_dia_informacion";
    }

    static String sqlContarPorCerrar(boolean unaUnidad) {
        return "select count(*)" + POR_CERRAR + deLaUnidad(unaUnidad, 3);
    }

    /** Days [desde, hasta) of the stored last day to answer. */
    record Intervalo(LocalDate desde, LocalDate hasta) {}

    /**
     * The cases closed de oficio from today to today + 7 (the night after their last day): last day from yesterday
     * (closed tonight) to today + 6. The overdue ones of earlier days are tonight's too, but an unanswered case is
     * closed the first night after its day: if one is still there, the nightly run failed, which the ops page says.
     */
    static Intervalo ultimosDiasQueVencen(LocalDate hoy) {
        return new Intervalo(hoy.minusDays(1), hoy.plusDays(7));
    }

    private static Timestamp inicio(LocalDate dia) {
        return Timestamp.from(dia.atStartOfDay(CicloDeVidaCaso.ZONA).toInstant());
    }

    /** The condition of one unidad, as the query's parameter {@code n}; nothing for every unidad. */
    private static String deLaUnidad(boolean unaUnidad, int n) {
        return unaUnidad ? " and c.unidad_id = ?" + n : "";
    }

    private static Query conUnidad(Query consulta, Unidad unidad, int n) {
        return unidad == null ? consulta : consulta.setParameter(n, unidad.getId());
    }
}
