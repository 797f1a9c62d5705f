package es.tgss.casia.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guessing a password through the API, as a script would: 429 with Retry-After once an account or a client address
 * has failed too often. Each test speaks from its own loopback address (127.0.0.x; the whole block is this machine's),
 * so that the address count it fills is its own and not that of the other tests, which all come from 127.0.0.1; the
 * user names are made up, so no demo account stays locked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LimiteDeLaApiIT {

    private static final int FALLOS_POR_CUENTA = 5;
    private static final int FALLOS_POR_DIRECCION = 20;
    private static final String TIPO = "\"type\":\"/api/v1/problemas/demasiados-intentos\"";

    @ArquillianResource
    private URL base;

    private record Respuesta(int estado, Map<String, String> cabeceras, String cuerpo) {}

    @Test
    void cincoContrasenasFallidasDeUnaCuentaResponden429ConRetryAfterInclusoConLaBuena() {
        String direccion = "127.0.0.71";
        for (int i = 1; i < FALLOS_POR_CUENTA; i++) {
            Respuesta r = crearToken(direccion, "api.adivina", "intento-" + i);
            assertThat(r.estado()).as("fallo " + i).isEqualTo(401);
            assertThat(r.cuerpo()).contains("Usuario o contraseña incorrectos.");
        }
        Respuesta bloqueada = crearToken(direccion, "api.adivina", "intento-5");
        assertThat(bloqueada.estado()).isEqualTo(429);
        assertThat(bloqueada.cabeceras().get("content-type")).startsWith("application/problem+json");
        assertThat(bloqueada.cabeceras().get("retry-after")).isEqualTo("60");
        assertThat(bloqueada.cuerpo())
                .contains(TIPO)
                .contains("Demasiados intentos fallidos: vuelva a intentarlo dentro de 60 segundos.");

        // Locked, the password is not even checked: the same answer whatever is sent.
        assertThat(crearToken(direccion, "api.adivina", "casia").estado()).isEqualTo(429);
    }

    @Test
    void veinteFallosDesdeUnaDireccionLaBloqueanParaTodaCuentaPeroNoAOtraDireccion() {
        String direccion = "127.0.0.72";
        for (int i = 1; i < FALLOS_POR_DIRECCION; i++) {
            assertThat(crearToken(direccion, "api.barrido" + i, "casia").estado())
                    .as("fallo " + i)
                    .isEqualTo(401);
        }
        Respuesta bloqueada = crearToken(direccion, "api.barrido20", "casia");
        assertThat(bloqueada.estado()).isEqualTo(429);
        assertThat(bloqueada.cabeceras().get("retry-after")).isEqualTo("60");

        // A real user with the right password, from that address: refused too (the address is what is locked).
        assertThat(crearToken(direccion, "tram.central1", "casia").estado()).isEqualTo(429);
        // From another address the same user gets the token.
        Respuesta otra = crearToken("127.0.0.73", "tram.central1", "casia");
        assertThat(otra.estado()).as(otra.cuerpo()).isEqualTo(201);
        assertThat(otra.cuerpo()).contains("\"token\":\"casia_");
    }

    @Test
    void enInglesElMismoProblema() {
        String direccion = "127.0.0.74";
        for (int i = 1; i < FALLOS_POR_CUENTA; i++) {
            crearToken(direccion, "api.guess", "try-" + i);
        }
        Respuesta r = crearToken(direccion, "api.guess", "try-5", "en");
        assertThat(r.estado()).isEqualTo(429);
        assertThat(r.cuerpo()).contains(TIPO).contains("Too many failed attempts: try again in 60 seconds.");
    }

    private Respuesta crearToken(String desde, String usuario, String contrasena) {
        return crearToken(desde, usuario, contrasena, "es");
    }

    /**
     * POST /api/v1/tokens with HTTP Basic over a socket bound to {@code desde}: Java's HttpClient cannot choose its
     * source address, and the limit counts by it. HTTP/1.1 with {@code Connection: close}, read to the end.
     */
    private Respuesta crearToken(String desde, String usuario, String contrasena, String idioma) {
        byte[] cuerpo = "{\"nombre\":\"pruebas\",\"dias\":1}".getBytes(StandardCharsets.UTF_8);
        String basic =
                Base64.getEncoder().encodeToString((usuario + ":" + contrasena).getBytes(StandardCharsets.UTF_8));
        String peticion = "POST /api/v1/tokens HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + base.getPort() + "\r\n"
                + "Authorization: Basic " + basic + "\r\n"
                + "Accept-Language: " + idioma + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + cuerpo.length + "\r\n"
                + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(desde, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream salida = socket.getOutputStream();
            salida.write(peticion.getBytes(StandardCharsets.US_ASCII));
            salida.write(cuerpo);
            salida.flush();
            ByteArrayOutputStream leido = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(leido);
            return leer(leido.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Status, headers (names in lower case) and the body as it came (chunk sizes and all: only searched). */
    private static Respuesta leer(String respuesta) {
        int fin = respuesta.indexOf("\r\n\r\n");
        String[] lineas = respuesta.substring(0, fin).split("\r\n");
        int estado = Integer.parseInt(lineas[0].split(" ")[1]);
        Map<String, String> cabeceras = new LinkedHashMap<>();
        for (int i = 1; i < lineas.length; i++) {
            int dosPuntos = lineas[i].indexOf(':');
            cabeceras.put(
                    lineas[i].substring(0, dosPuntos).strip().toLowerCase(Locale.ROOT),
                    lineas[i].substring(dosPuntos + 1).strip());
        }
        return new Respuesta(estado, cabeceras, respuesta.substring(fin + 4));
    }
}
