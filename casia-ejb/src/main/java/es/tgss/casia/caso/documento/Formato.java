package es.tgss.casia.caso.documento;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats CASIA accepts ("los formatos más frecuentes utilizados actualmente"), recognised by their content
 * ({@link DetectorDeFormato}); the name the user gave must agree with it. Generic archives (ZIP, RAR…), executables
 * and web pages are not accepted: the tramitador must be able to open what arrives without risk. Presentations (PPT,
 * PPTX) are no longer accepted: they are not among the formats the service lists, and PowerPoint 97 only ever got in
 * because the old detector could not tell one OLE2 file from another; a case documents data, which a presentation
 * does not add to a PDF.
 */
public enum Formato {
    PDF("PDF", "application/pdf", "pdf"),
    JPEG("Imagen JPEG", "image/jpeg", "jpg", "jpeg", "jpe", "jfif"),
    PNG("Imagen PNG", "image/png", "png"),
    TIFF("Imagen TIFF", "image/tiff", "tif", "tiff"),
    GIF("Imagen GIF", "image/gif", "gif"),
    DOC("Documento de Word 97-2003", "application/msword", "doc"),
    DOCX("Documento de Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLS("Hoja de cálculo de Excel 97-2003", "application/vnd.ms-excel", "xls"),
    XLSX("Hoja de cálculo de Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("Documento de texto OpenDocument", "application/vnd.oasis.opendocument.text", "odt"),
    ODS("Hoja de cálculo OpenDocument", "application/vnd.oasis.opendocument.spreadsheet", "ods"),
    TEXTO("Texto", "text/plain", "txt");

    private final String etiqueta;
    private final String tipoMime;
    private final List<String> extensiones;

    Formato(String etiqueta, String tipoMime, String... extensiones) {
        this.etiqueta = etiqueta;
        this.tipoMime = tipoMime;
        this.extensiones = List.of(extensiones);
    }

    public String etiqueta() {
        return etiqueta;
    }

    /** The Content-Type CASIA sends on download. */
    public String tipoMime() {
        return tipoMime;
    }

    /** The extension given to a file that arrived without one. */
    public String extension() {
        return extensiones.get(0);
    }

    /** Whether a file name ending in this extension (any case) may hold this format. */
    public boolean admiteExtension(String extension) {
        return extensiones.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** The accepted format of a media type as Tika names it (without parameters), if any. */
    static Optional<Formato> deTipoMime(String tipoMime) {
        return Arrays.stream(values()).filter(f -> f.tipoMime.equals(tipoMime)).findFirst();
    }
}
