package es.tgss.casia.almacen;

/**
 * What a caller keeps in its own table to read a content back: where it is and what it must be.
 *
 * @param referencia   the store's name for it ({@code postgresql:42}, {@code carpeta:3f/a2/…}); at most
 *                     {@link #MAX_REFERENCIA} characters
 * @param huellaSha256 SHA-256 in hex of the bytes, taken when they arrived
 * @param tamano       their number
 */
public record ContenidoGuardado(String referencia, String huellaSha256, long tamano) {

    public static final int MAX_REFERENCIA = 200;
}
