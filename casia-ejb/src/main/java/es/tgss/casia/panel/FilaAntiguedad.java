package es.tgss.casia.panel;

import java.io.Serializable;
import java.util.List;

/**
 * The open cases of one unidad (or of the total row) by age.
 *
 * @param unidad       código of the unidad; null for the cases with no unidad yet, and in the total row
 * @param nombreUnidad its name; null as the código
 * @param casos        one figure per tramo, in the order of {@link TramoDeAntiguedad}
 */
public record FilaAntiguedad(String unidad, String nombreUnidad, List<Long> casos) implements Serializable {

    public FilaAntiguedad {
        casos = List.copyOf(casos);
    }

    public long casos(TramoDeAntiguedad tramo) {
        return casos.get(tramo.ordinal());
    }

    public long total() {
        return casos.stream().mapToLong(Long::longValue).sum();
    }
}
