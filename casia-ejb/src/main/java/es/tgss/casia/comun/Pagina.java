package es.tgss.casia.comun;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a search, counted and cut in the database. Serializable, as what a view-scoped backing bean keeps
 * (its rows must be too).
 */
public record Pagina<T>(List<T> elementos, long total, int pagina, int tamano) implements Serializable {

    public boolean haySiguiente() {
        return (long) (pagina + 1) * tamano < total;
    }

    public boolean hayAnterior() {
        return pagina > 0;
    }

    /** The first row's position, for the database's offset. */
    public static int primera(int pagina, int tamano) {
        return pagina * tamano;
    }
}
