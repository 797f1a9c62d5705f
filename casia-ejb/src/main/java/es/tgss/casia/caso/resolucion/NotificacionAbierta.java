package es.tgss.casia.caso.resolucion;

/**
 * The Resolución de Desistimiento a user of the autorización opened in the Sede, exactly as it was issued and sealed.
 *
 * @param nombreFichero the name to save it under, e.g. "resolucion-desistimiento-2026-00000123.pdf"
 */
public record NotificacionAbierta(String nombreFichero, byte[] pdf) {

    public static final String TIPO_MIME = "application/pdf";

    /** The número de caso's slash would read as a folder. */
    static String nombreFichero(String numeroCaso) {
        return "resolucion-desistimiento-" + numeroCaso.replace('/', '-') + ".pdf";
    }
}
