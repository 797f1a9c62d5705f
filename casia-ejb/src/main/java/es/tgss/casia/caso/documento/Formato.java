package es.tgss.casia.caso.documento;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The formats CASIA accepts ("los formatos más frecuentes utilizados actualmente"), recognised by their content,
 * never by the file name the user gave: a renamed executable is refused, a PDF called "foto.jpg" is a PDF.
 * Generic archives (ZIP, RAR…) and executables are not accepted: the tramitador must be able to open what arrives.
 */
public enum Formato {
    PDF("PDF", "application/pdf", "pdf"),
    JPEG("Imagen JPEG", "image/jpeg", "jpg"),
    PNG("Imagen PNG", "image/png", "png"),
    TIFF("Imagen TIFF", "image/tiff", "tif"),
    GIF("Imagen GIF", "image/gif", "gif"),
    DOCX("Documento de Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("Hoja de cálculo de Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX(
            "Presentación de PowerPoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "pptx"),
    ODT("Documento de texto OpenDocument", "application/vnd.oasis.opendocument.text", "odt"),
    ODS("Hoja de cálculo OpenDocument", "application/vnd.oasis.opendocument.spreadsheet", "ods"),
    OFFICE_97("Documento de Office 97-2003 (doc, xls)", "application/x-ole-storage", "doc"),
    TEXTO("Texto", "text/plain", "txt");

    private final String etiqueta;
    private final String tipoMime;
    private final String extension;

    Formato(String etiqueta, String tipoMime, String extension) {
        this.etiqueta = etiqueta;
        this.tipoMime = tipoMime;
        this.extension = extension;
    }

    public String etiqueta() {
        return etiqueta;
    }

    public String tipoMime() {
        return tipoMime;
    }

    public String extension() {
        return extension;
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] PNG_FIRMA = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** ODF puts an uncompressed "mimetype" entry first; its content starts at byte 38 of the file. */
    private static final int ODF_MIMETYPE = 38;

    /** The format of these bytes, or empty when CASIA does not accept it. */
    public static Optional<Formato> reconocer(byte[] b) {
        if (b == null || b.length == 0) {
            return Optional.empty();
        }
        if (empieza(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (empieza(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (empieza(b, PNG_FIRMA)) {
            return Optional.of(PNG);
        }
        if (empieza(b, new byte[] {'I', 'I', '*', 0}) || empieza(b, new byte[] {'M', 'M', 0, '*'})) {
            return Optional.of(TIFF);
        }
        if (empieza(b, ascii("GIF87a")) || empieza(b, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (empieza(b, OLE2)) {
            return Optional.of(OFFICE_97);
        }
        if (empieza(b, ZIP)) {
            return ofimatico(b);
        }
        return esTexto(b) ? Optional.of(TEXTO) : Optional.empty();
    }

    /**
     * Office Open XML and OpenDocument are ZIP files; which one is told by names that ZIP keeps uncompressed in
     * its headers, so nothing is inflated (a crafted archive cannot make the server decompress gigabytes).
     */
    private static Optional<Formato> ofimatico(byte[] b) {
        if (en(b, 30, ascii("mimetype"))) {
            String odf = new String(
                    b, ODF_MIMETYPE, Math.min(60, Math.max(0, b.length - ODF_MIMETYPE)), StandardCharsets.US_ASCII);
            if (odf.startsWith(ODS.tipoMime)) {
                return Optional.of(ODS);
            }
            if (odf.startsWith(ODT.tipoMime)) {
                return Optional.of(ODT);
            }
        }
        if (contiene(b, ascii("[Content_Types].xml"))) {
            if (contiene(b, ascii("word/document.xml"))) {
                return Optional.of(DOCX);
            }
            if (contiene(b, ascii("xl/workbook.xml"))) {
                return Optional.of(XLSX);
            }
            if (contiene(b, ascii("ppt/presentation.xml"))) {
                return Optional.of(PPTX);
            }
        }
        return Optional.empty();
    }

    /**
     * Plain text (UTF-8 or a Latin code page): no NUL and no control characters other than tab, line feed, form
     * feed and carriage return, which keeps out every binary format not listed above.
     */
    private static boolean esTexto(byte[] b) {
        for (byte x : b) {
            int c = x & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean empieza(byte[] b, byte[] prefijo) {
        return en(b, 0, prefijo);
    }

    private static boolean en(byte[] b, int posicion, byte[] buscado) {
        return b.length >= posicion + buscado.length
                && Arrays.equals(b, posicion, posicion + buscado.length, buscado, 0, buscado.length);
    }

    private static boolean contiene(byte[] b, byte[] buscado) {
        for (int i = 0; i + buscado.length <= b.length; i++) {
            if (en(b, i, buscado)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
