package es.tgss.casia.web.descarga;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The headers of a file handed to a user (a document of a case, a justificante): saved, never shown inline
 * ({@code Content-Disposition: attachment}), under its original name made harmless, with the type CASIA recognised
 * and not one the browser guesses ({@code nosniff}), and its exact length, so that a download cut short is seen as
 * failed.
 */
public final class CabecerasDeDescarga {

    /** What a name without any usable character is saved as. */
    static final String NOMBRE_POR_DEFECTO = "documento";

    private CabecerasDeDescarga() {}

    /** Sets every header of the download; call before writing the first byte. */
    public static void aplicar(HttpServletResponse respuesta, String nombreFichero, String tipoMime, long tamano) {
        respuesta.setContentType(tipoMime);
        // The application's default encoding (web.xml) would add "; charset=UTF-8" to a PDF or an image; a stored
        // file is sent as its bytes, with no encoding of CASIA's.
        respuesta.setCharacterEncoding((String) null);
        respuesta.setContentLengthLong(tamano);
        respuesta.setHeader("Content-Disposition", contentDisposition(nombreFichero));
        respuesta.setHeader("X-Content-Type-Options", "nosniff");
        // A document of a case is personal data: no shared cache keeps it.
        respuesta.setHeader("Cache-Control", "private, no-store");
    }

    /**
     * {@code attachment; filename="ascii"; filename*=UTF-8''…} (RFC 6266 with RFC 5987's encoding): browsers of this
     * century read {@code filename*} with its accents, older clients the ASCII fallback.
     */
    public static String contentDisposition(String nombreFichero) {
        String nombre = nombreSeguro(nombreFichero);
        return "attachment; filename=\"" + ascii(nombre) + "\"; filename*=UTF-8''" + rfc5987(nombre);
    }

    /**
     * Only the last segment of the name (no folder, whichever separator), without control or formatting characters
     * (a right-to-left override could show "fdp.exe" as "exe.pdf"), trimmed; never empty.
     */
    static String nombreSeguro(String dado) {
        String nombre = dado == null ? "" : dado;
        nombre = nombre.substring(Math.max(nombre.lastIndexOf('/'), nombre.lastIndexOf('\\')) + 1);
        nombre = nombre.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
        // A name of dots only would be read as "this folder" or "the one above" by some clients.
        return nombre.isEmpty() || nombre.chars().allMatch(c -> c == '.') ? NOMBRE_POR_DEFECTO : nombre;
    }

    /** Accents taken off, whatever is not printable ASCII or would end the quoted string replaced by '_'. */
    static String ascii(String nombre) {
        String sinAcentos = Normalizer.normalize(nombre, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder(sinAcentos.length());
        sinAcentos
                .codePoints()
                .forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        return ascii.toString();
    }

    /** RFC 5987 {@code value-chars}: attr-char as it is, every other UTF-8 byte as %XX. */
    static String rfc5987(String nombre) {
        StringBuilder codificado = new StringBuilder();
        for (byte b : nombre.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                codificado.append((char) c);
            } else {
                codificado
                        .append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return codificado.toString();
    }
}
