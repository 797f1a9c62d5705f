package es.tgss.casia.caso.vista;

import es.tgss.casia.almacen.AlmacenDeContenidos;
import es.tgss.casia.almacen.ContenidoGuardado;
import es.tgss.casia.caso.documento.Formato;
import java.io.IOException;
import java.io.InputStream;

/**
 * What a download of one document needs: the name to save it under, its format (and so the content type to send),
 * its size, and its bytes as a stream from the store, checked against the SHA-256 taken when they arrived. Nothing
 * is read until {@link #abrir()}.
 */
public final class DescargaDocumento {

    private final String nombreFichero;
    private final Formato formato;
    private final ContenidoGuardado contenido;
    private final AlmacenDeContenidos almacen;

    DescargaDocumento(String nombreFichero, Formato formato, ContenidoGuardado contenido, AlmacenDeContenidos almacen) {
        this.nombreFichero = nombreFichero;
        this.formato = formato;
        this.contenido = contenido;
        this.almacen = almacen;
    }

    public String nombreFichero() {
        return nombreFichero;
    }

    public Formato formato() {
        return formato;
    }

    /** The Content-Type of the download: the format recognised by content, never the name the user gave. */
    public String tipoMime() {
        return formato.tipoMime();
    }

    public long tamano() {
        return contenido.tamano();
    }

    public String huellaSha256() {
        return contenido.huellaSha256();
    }

    /**
     * The bytes, read in pieces; the stream ends with {@link es.tgss.casia.almacen.ContenidoAlterado} (before its
     * last piece) when they are not the ones stored. The caller closes it.
     */
    public InputStream abrir() throws IOException {
        return almacen.abrir(contenido);
    }
}
