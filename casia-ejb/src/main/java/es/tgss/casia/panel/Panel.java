package es.tgss.casia.panel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole panel of one scope: every unidad (a supervisor without filter) or one.
 *
 * @param unidad             código of the unidad shown; null when every unidad is
 * @param hoy                the Madrid day the figures are counted on (ages, the 7 days)
 * @param abiertos           one row per unidad with open cases (codes in order, the cases with no unidad last)
 * @param antiguedad         the same rows, by age
 * @param porCerrar          the first {@link PanelService#MAXIMO_POR_CERRAR} cases due for cierre de oficio, the
 *                           soonest first
 * @param totalPorCerrar     how many cases are due, shown or not
 * @param valoracionesPorMateria one row per materia with rated cases, in the catalogue's order
 * @param valoracionesPorUnidad  one row per unidad with rated cases
 */
public record Panel(
        String unidad,
        LocalDate hoy,
        List<FilaAbiertos> abiertos,
        FilaAbiertos totalAbiertos,
        List<FilaAntiguedad> antiguedad,
        FilaAntiguedad totalAntiguedad,
        List<CasoPorCerrar> porCerrar,
        long totalPorCerrar,
        List<FilaValoracion> valoracionesPorMateria,
        List<FilaValoracion> valoracionesPorUnidad,
        FilaValoracion totalValoraciones)
        implements Serializable {

    public Panel {
        abiertos = List.copyOf(abiertos);
        antiguedad = List.copyOf(antiguedad);
        porCerrar = List.copyOf(porCerrar);
        valoracionesPorMateria = List.copyOf(valoracionesPorMateria);
        valoracionesPorUnidad = List.copyOf(valoracionesPorUnidad);
    }

    public boolean todasLasUnidades() {
        return unidad == null;
    }
}
