package es.tgss.casia.panel;

import es.tgss.casia.caso.Subestado;
import java.io.Serializable;
import java.util.List;

/**
 * The open cases of one unidad (or of the total row), by subestado.
 *
 * @param unidad       código of the unidad; null for the cases no unidad has taken yet (Presentado), and in the
 *                     total row
 * @param nombreUnidad its name; null as the código
 * @param casos        one figure per subestado, in the order of {@link PanelService#SUBESTADOS_ABIERTOS}
 */
public record FilaAbiertos(String unidad, String nombreUnidad, List<Long> casos) implements Serializable {

    public FilaAbiertos {
        casos = List.copyOf(casos);
    }

    /** The figure of one subestado. */
    public long casos(Subestado subestado) {
        return casos.get(PanelService.SUBESTADOS_ABIERTOS.indexOf(subestado));
    }

    public long total() {
        return casos.stream().mapToLong(Long::longValue).sum();
    }
}
