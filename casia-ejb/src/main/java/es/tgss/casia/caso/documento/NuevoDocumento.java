package es.tgss.casia.caso.documento;

/**
 * A document as the autorizado attaches it: "seleccionar un Tipo de documento, indicar un Título y Seleccionar un
 * archivo". Nothing here is trusted; the file name is kept to show it and must agree with the format the content
 * has. The file (null: none was chosen) belongs to whoever received it, who closes it once the service returns.
 *
 * @param tipoDocumento código of the tipo de documento in the catalogue
 */
public record NuevoDocumento(String tipoDocumento, String titulo, String nombreFichero, FicheroRecibido fichero) {

    /** A document with these bytes, received without a limit (the checks apply the configured one): for tests. */
    public static NuevoDocumento de(String tipoDocumento, String titulo, String nombreFichero, byte[] datos) {
        return new NuevoDocumento(tipoDocumento, titulo, nombreFichero, FicheroRecibido.de(datos));
    }
}
