package es.tgss.casia.api.autorizado;

import es.tgss.casia.web.descarga.CabecerasDeDescarga;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A file of a case handed to a program, with the headers the portal's downloads send ({@link CabecerasDeDescarga}):
 * saved under its name made harmless, with the type CASIA recognised by content and {@code nosniff}, its exact length
 * (a download cut short is seen as failed), and kept by no shared cache (it is personal data).
 */
final class Descargas {

    private Descargas() {}

    /**
     * @param servlet the response of this request: the application's default encoding (web.xml) would add
     *     "; charset=UTF-8" to a PDF or an image, and a stored file is sent as its bytes, with no encoding of CASIA's
     * @param cuerpo  the bytes, or a {@link jakarta.ws.rs.core.StreamingOutput} that reads them from the store
     */
    static Response de(HttpServletResponse servlet, String nombreFichero, String tipoMime, long tamano, Object cuerpo) {
        servlet.setCharacterEncoding((String) null);
        return Response.ok(cuerpo, tipoMime)
                .header(HttpHeaders.CONTENT_LENGTH, tamano)
                .header("Content-Disposition", CabecerasDeDescarga.contentDisposition(nombreFichero))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
