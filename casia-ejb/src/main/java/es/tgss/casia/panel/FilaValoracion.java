package es.tgss.casia.panel;

import java.io.Serializable;
import java.util.List;

/**
 * The valoraciones of the closed cases of one materia or one unidad (or of the total row).
 *
 * @param codigo       código of the materia or unidad; null for the total row and for cases closed with no unidad
 * @param nombre       its name; null as the código
 * @param porPuntuacion how many cases were rated 1, 2, 3, 4 and 5 (index 0 is the 1)
 */
public record FilaValoracion(String codigo, String nombre, List<Long> porPuntuacion) implements Serializable {

    public FilaValoracion {
        porPuntuacion = List.copyOf(porPuntuacion);
    }

    public long casos(int puntuacion) {
        return porPuntuacion.get(puntuacion - 1);
    }

    public long total() {
        return porPuntuacion.stream().mapToLong(Long::longValue).sum();
    }

    /** The average rating, exact (the page rounds it); null with no rated case. */
    public Double media() {
        long total = total();
        if (total == 0) {
            return null;
        }
        long suma = 0;
        for (int p = 1; p <= 5; p++) {
            suma += p * casos(p);
        }
        return (double) suma / total;
    }
}
