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

    /** The most rows a page may ask for, whoever asks (a screen, the API). */
    public static final int TAMANO_MAXIMO = 100;

    /**
     * The first row's position, for the database's offset: computed in long and capped, so that a page number typed
     * into a URL can never overflow into a negative offset.
     */
    public static int primera(int pagina, int tamano) {
        return (int) Math.min((long) Math.max(pagina, 0) * Math.max(tamano, 0), Integer.MAX_VALUE);
    }

    /** A requested page size within 1..{@value #TAMANO_MAXIMO}; the default for none. */
    public static int tamano(int pedido, int porDefecto) {
        return pedido <= 0 ? porDefecto : Math.min(pedido, TAMANO_MAXIMO);
    }
}
