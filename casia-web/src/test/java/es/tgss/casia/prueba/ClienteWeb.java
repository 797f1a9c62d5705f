package es.tgss.casia.prueba;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user without a browser, over HTTP: keeps its cookies, never follows redirects (the tests look at them), and
 * posts the login form as the page would, with its form state and PrimeFaces' CSP nonce.
 */
public final class ClienteWeb {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");

    private final URI raiz;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public ClienteWeb(URI raiz) {
        this.raiz = raiz;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public URI uri(String ruta) {
        return raiz.resolve(ruta);
    }

    public HttpResponse<String> get(String ruta) {
        return enviar(HttpRequest.newBuilder(uri(ruta)).GET());
    }

    /** A GET whose body is kept as bytes (a download); an IOException when the body ends before its length. */
    public HttpResponse<byte[]> getBytes(String ruta) throws IOException {
        try {
            return http.send(HttpRequest.newBuilder(uri(ruta)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET whose body is read as it arrives (a large download). */
    public HttpResponse<InputStream> getFlujo(String ruta) throws IOException {
        try {
            return http.send(
                    HttpRequest.newBuilder(uri(ruta)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> metodo(String metodo, String ruta) {
        return enviar(HttpRequest.newBuilder(uri(ruta)).method(metodo, HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> post(String ruta, Map<String, String> campos) {
        String cuerpo = campos.entrySet().stream()
                .map(c -> URLEncoder.encode(c.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(c.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return enviar(HttpRequest.newBuilder(uri(ruta))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(cuerpo)));
    }

    /** The id of this client's session (its JSESSIONID cookie). */
    public String sesion() {
        return cookies.getCookieStore().get(raiz).stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    }

    /** Sends, from now on, this session id: a browser that still holds the cookie of a session that ended. */
    public ClienteWeb conSesion(String id) {
        HttpCookie cookie = new HttpCookie("JSESSIONID", id);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(raiz, cookie);
        return this;
    }

    /** The hidden fields of a form of the page: its name, the form state and the CSP nonce. */
    public static Map<String, String> formulario(String pagina, String formulario) {
        Map<String, String> campos = new LinkedHashMap<>();
        campos.put(formulario, formulario);
        campos.put("jakarta.faces.ViewState", grupo(VIEW_STATE, pagina));
        campos.put("primefaces.nonce", grupo(NONCE, pagina));
        return campos;
    }

    /** The login form, filled in and posted as the browser would; the answer to the post. */
    public HttpResponse<String> acceder(String usuario, String contrasena) {
        Map<String, String> campos = formularioDeAcceso(get("login.xhtml").body());
        campos.put("acceso:usuario", usuario);
        campos.put("acceso:contrasena", contrasena);
        return post("login.xhtml", campos);
    }

    /** The login form of the page, with its button. */
    public static Map<String, String> formularioDeAcceso(String pagina) {
        Map<String, String> campos = formulario(pagina, "acceso");
        campos.put("acceso:entrar", "");
        return campos;
    }

    /**
     * A GET with a Host header of our choosing, which java.net.http refuses to send: written on a plain socket, with
     * this client's session cookie. Returns the status line and headers.
     */
    public String getConHost(String ruta, String host) {
        String sesion = cookies.getCookieStore().get(raiz).stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try (Socket socket = new Socket(raiz.getHost(), raiz.getPort())) {
            OutputStream salida = socket.getOutputStream();
            salida.write(("GET /" + ruta + " HTTP/1.1\r\nHost: " + host + "\r\n"
                            + (sesion.isEmpty() ? "" : "Cookie: " + sesion + "\r\n")
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            salida.flush();
            InputStream entrada = socket.getInputStream();
            String respuesta = new String(entrada.readAllBytes(), StandardCharsets.ISO_8859_1);
            int fin = respuesta.indexOf("\r\n\r\n");
            return fin < 0 ? respuesta : respuesta.substring(0, fin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A multipart/form-data POST, as a browser sends a form with a file: the fields, then the file. */
    public HttpResponse<String> postMultipart(
            String ruta, Map<String, String> campos, String campoFichero, String nombreFichero, byte[] contenido) {
        String frontera = "----casia" + System.nanoTime();
        StringBuilder texto = new StringBuilder();
        campos.forEach((nombre, valor) -> texto.append("--")
                .append(frontera)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(nombre)
                .append("\"\r\n\r\n")
                .append(valor)
                .append("\r\n"));
        texto.append("--")
                .append(frontera)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(campoFichero)
                .append("\"; filename=\"")
                .append(nombreFichero)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] cabeza = texto.toString().getBytes(StandardCharsets.UTF_8);
        byte[] cola = ("\r\n--" + frontera + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return enviar(HttpRequest.newBuilder(uri(ruta))
                .header("Content-Type", "multipart/form-data; boundary=" + frontera)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(cabeza, contenido, cola))));
    }

    /**
     * A POST that announces {@code longitud} bytes of {@code tipo} and sends only {@code enviados} of them, with this
     * client's session cookie, on a plain socket: what the server answers before the body has arrived. Returns the
     * answer as text up to the end of its page (or of the connection); waits for it at most {@code espera}.
     */
    public String postAnunciado(String ruta, String tipo, long longitud, byte[] enviados, Duration espera) {
        String sesion = "JSESSIONID=" + sesion();
        try (Socket socket = new Socket(raiz.getHost(), raiz.getPort())) {
            socket.setSoTimeout((int) espera.toMillis());
            OutputStream salida = socket.getOutputStream();
            salida.write(("POST /" + ruta + " HTTP/1.1\r\nHost: " + raiz.getHost() + ":" + raiz.getPort() + "\r\n"
                            + "Cookie: " + sesion + "\r\nContent-Type: " + tipo + "\r\nContent-Length: " + longitud
                            + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            salida.write(enviados);
            salida.flush();
            InputStream entrada = socket.getInputStream();
            StringBuilder respuesta = new StringBuilder();
            byte[] bloque = new byte[8192];
            int leidos;
            while (respuesta.indexOf("</html>") < 0 && (leidos = entrada.read(bloque)) >= 0) {
                respuesta.append(new String(bloque, 0, leidos, StandardCharsets.UTF_8));
            }
            return respuesta.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> enviar(HttpRequest.Builder peticion) {
        try {
            return http.send(peticion.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String grupo(Pattern patron, String pagina) {
        Matcher m = patron.matcher(pagina);
        if (!m.find()) {
            throw new AssertionError("La página no tiene " + patron.pattern() + ":\n" + pagina);
        }
        return m.group(1);
    }
}
