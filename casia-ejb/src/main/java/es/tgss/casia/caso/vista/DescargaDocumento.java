package es.tgss.casia.caso.vista;

import es.tgss.casia.caso.documento.Formato;

/**
 * What a download of one document needs: the name to save it under, its format (and so the content type to send)
 * and its bytes, exactly as they arrived.
 */
public record DescargaDocumento(String nombreFichero, Formato formato, long tamano, byte[] datos) {

    /** The Content-Type of the download: the format recognised by content, never the name the user gave. */
    public String tipoMime() {
        return formato.tipoMime();
    }
}
