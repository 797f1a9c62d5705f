package es.tgss.casia.caso.vista;

/**
 * A justificante's PDF, exactly as it was issued and sealed: the bytes whose SHA-256 the verification page shows.
 *
 * @param nombreFichero the name to save it under
 */
public record DescargaJustificante(String nombreFichero, String huellaSha256, byte[] pdf) {

    public static final String TIPO_MIME = "application/pdf";

    /** The número de caso's slash would read as a folder: "justificante-2026-00000123-150.pdf". */
    static String nombreFichero(String numeroCaso, long id) {
        return "justificante-" + numeroCaso.replace('/', '-') + "-" + id + ".pdf";
    }
}
