package es.tgss.casia.caso.documento;

import es.tgss.casia.catalogo.TipoDocumento;

/** A document that passed every check of {@link ValidacionDocumentos}, ready to be stored. */
public record DocumentoComprobado(
        TipoDocumento tipo, String titulo, String nombreFichero, Formato formato, FicheroRecibido fichero) {

    public long tamano() {
        return fichero.tamano();
    }

    public String huella() {
        return fichero.huella();
    }
}
