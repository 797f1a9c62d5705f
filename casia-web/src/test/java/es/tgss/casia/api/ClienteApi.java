package es.tgss.casia.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A program calling the API over HTTP, as payroll software does: its token in every request, JSON in and out, no
 * cookies. Each call returns the whole answer (status, headers, body) for the test to look at.
 */
public final class ClienteApi {

    /** What came back: the status, the headers and the body (parsed as JSON when it is JSON). */
    public record Respuesta(int estado, java.net.http.HttpHeaders cabeceras, String cuerpo) {

        public JsonObject json() {
            return (JsonObject) estructura();
        }

        public JsonArray lista() {
            return (JsonArray) estructura();
        }

        private JsonStructure estructura() {
            try (var lector = Json.createReader(new StringReader(cuerpo))) {
                return lector.read();
            }
        }

        public String cabecera(String nombre) {
            return cabeceras.firstValue(nombre).orElse(null);
        }

        public String tipo() {
            return cabecera("Content-Type");
        }
    }

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final URI raiz;
    private final Map<String, String> cabeceras = new LinkedHashMap<>();

    private ClienteApi(URI raiz) {
        this.raiz = raiz;
    }

    /** Without any credential. */
    public static ClienteApi anonimo(URI raizDeLaAplicacion) {
        return new ClienteApi(raizDeLaAplicacion.resolve("api/v1/"));
    }

    public ClienteApi conToken(String token) {
        ClienteApi otro = copia();
        otro.cabeceras.put("Authorization", "Bearer " + token);
        return otro;
    }

    public ClienteApi conContrasena(String usuario, String contrasena) {
        ClienteApi otro = copia();
        otro.cabeceras.put(
                "Authorization",
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((usuario + ":" + contrasena).getBytes(StandardCharsets.UTF_8)));
        return otro;
    }

    public ClienteApi con(String cabecera, String valor) {
        ClienteApi otro = copia();
        otro.cabeceras.put(cabecera, valor);
        return otro;
    }

    public Respuesta get(String ruta) {
        return enviar(peticion(ruta).GET());
    }

    public Respuesta delete(String ruta) {
        return enviar(peticion(ruta).DELETE());
    }

    public Respuesta post(String ruta, String json) {
        return enviar(peticion(ruta)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Respuesta metodo(String metodo, String ruta, String json) {
        return enviar(peticion(ruta)
                .header("Content-Type", "application/json")
                .method(metodo, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A request of any kind, for what the shortcuts above do not cover (multipart, other content types). */
    public Respuesta enviar(String ruta, java.util.function.UnaryOperator<HttpRequest.Builder> preparar) {
        return enviar(preparar.apply(peticion(ruta)));
    }

    private HttpRequest.Builder peticion(String ruta) {
        HttpRequest.Builder b = HttpRequest.newBuilder(raiz.resolve(ruta)).header("Accept", "application/json");
        cabeceras.forEach(b::setHeader);
        return b;
    }

    private static Respuesta enviar(HttpRequest.Builder peticion) {
        try {
            HttpResponse<String> r = HTTP.send(peticion.build(), HttpResponse.BodyHandlers.ofString());
            return new Respuesta(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ClienteApi copia() {
        ClienteApi otro = new ClienteApi(raiz);
        otro.cabeceras.putAll(cabeceras);
        return otro;
    }
}
