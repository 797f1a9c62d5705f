package es.tgss.casia.caso;

import java.util.List;

/** One page of a search, counted and cut in the database. */
public record Pagina<T>(List<T> elementos, long total, int pagina, int tamano) {

    public boolean haySiguiente() {
        return (long) (pagina + 1) * tamano < total;
    }
}
