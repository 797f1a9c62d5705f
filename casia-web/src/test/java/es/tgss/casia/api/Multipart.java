package es.tgss.casia.api;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A multipart/form-data body as a program builds it: named parts, files with their name; a new boundary each time
 * (as real clients do), so that a retry is not the same bytes.
 */
final class Multipart {

    private final String frontera = "casia-" + UUID.randomUUID();
    private final ByteArrayOutputStream cuerpo = new ByteArrayOutputStream();

    Multipart json(String nombre, String json) {
        cabecera("Content-Disposition: form-data; name=\"" + nombre + "\"\r\nContent-Type: application/json");
        cuerpo.writeBytes(json.getBytes(StandardCharsets.UTF_8));
        cuerpo.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    Multipart fichero(String nombre, String nombreFichero, byte[] datos) {
        cabecera("Content-Disposition: form-data; name=\"" + nombre + "\"; filename=\"" + nombreFichero
                + "\"\r\nContent-Type: application/octet-stream");
        cuerpo.writeBytes(datos);
        cuerpo.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    /** The POST of this body, for {@link ClienteApi#enviar(String, UnaryOperator)}. */
    UnaryOperator<HttpRequest.Builder> post() {
        cuerpo.writeBytes(("--" + frontera + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = cuerpo.toByteArray();
        return b -> b.header("Content-Type", "multipart/form-data; boundary=" + frontera)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
    }

    private void cabecera(String lineas) {
        cuerpo.writeBytes(("--" + frontera + "\r\n" + lineas + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
