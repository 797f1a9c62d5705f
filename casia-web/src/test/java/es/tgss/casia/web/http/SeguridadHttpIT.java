package es.tgss.casia.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.ClienteWeb;
import es.tgss.casia.prueba.Local;
import java.net.URL;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The HTTP edge as an attacker probes it: headers on every kind of response, redirects, methods, health. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SeguridadHttpIT {

    @ArquillianResource
    private URL base;

    private ClienteWeb cliente() {
        return new ClienteWeb(Local.raiz(base));
    }

    @Test
    void laPaginaDeAccesoLlevaLasCabecerasUnaSolaPoliticaConElNonceYLaCookieUnaVezSameSite() {
        HttpResponse<String> r = cliente().get("login.xhtml");

        assertThat(r.statusCode()).isEqualTo(200);
        comunes(r.headers());
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        List<String> csp = r.headers().allValues("Content-Security-Policy");
        assertThat(csp).hasSize(1);
        assertThat(csp.get(0)).containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]+';$");
        assertThat(r.body()).containsPattern("nonce=\"[A-Za-z0-9+/=]+\"");
        List<String> cookies = r.headers().allValues("Set-Cookie");
        assertThat(cookies).singleElement().satisfies(c -> {
            assertThat(c).startsWith("JSESSIONID=").contains("HttpOnly").doesNotContain("Secure");
            assertThat(c.toLowerCase().split("samesite=lax", -1)).as(c).hasSize(2);
        });
        // The test server's CASIA_PUBLIC_URL is http: no HSTS (it would lock browsers out of a plain HTTP site).
        assertThat(r.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void unaPaginaConSesionNoSeGuardaEnNingunaCache() {
        ClienteWeb cliente = cliente();
        assertThat(cliente.acceder("tram.madrid2", "casia").statusCode()).isEqualTo(302);

        HttpResponse<String> r = cliente.get("backoffice/index.xhtml");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("cabecera-unidad");
        comunes(r.headers());
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(r.headers().allValues("Content-Security-Policy"))
                .singleElement()
                .asString()
                .contains("'nonce-");
    }

    @Test
    void unRecursoEstaticoLlevaLasCabecerasYSePuedeGuardar() {
        HttpResponse<String> r = cliente().get("jakarta.faces.resource/casia/casia.css.xhtml");

        assertThat(r.statusCode()).isEqualTo(200);
        comunes(r.headers());
        assertThat(r.headers().allValues("Content-Security-Policy"))
                .singleElement()
                .asString()
                .doesNotContain("nonce");
        assertThat(r.headers().firstValue("Cache-Control"))
                .isPresent()
                .get()
                .asString()
                .doesNotContain("no-store");
    }

    @Test
    void laPaginaDeErrorLlevaLasCabeceras() {
        ClienteWeb cliente = cliente();
        cliente.acceder("tram.madrid1", "casia");

        HttpResponse<String> r = cliente.get("backoffice/no-existe.xhtml");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("id=\"mensaje-error\"");
        comunes(r.headers());
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(r.headers().allValues("Content-Security-Policy")).hasSize(1);
    }

    @Test
    void lasRedireccionesNoRepitenElHostQueTraeLaPeticion() {
        ClienteWeb cliente = cliente();
        HttpResponse<String> acceso = cliente.acceder("11111111H", "casia");
        assertThat(acceso.headers().firstValue("Location")).hasValue("/index.xhtml");

        // The home redirects each user to their own; the container built that address from the Host header.
        String cabeceras = cliente.getConHost("index.xhtml", "evil.example");

        assertThat(cabeceras)
                .startsWith("HTTP/1.1 302")
                .doesNotContainIgnoringCase("evil.example")
                .containsIgnoringCase("Location: /portal/autorizaciones.xhtml");
    }

    @Test
    void lasPaginasNoAdmitenPutNiDeleteYOptionsDiceLoQueAdmiten() {
        ClienteWeb cliente = cliente();
        for (String metodo : List.of("PUT", "DELETE", "PATCH")) {
            for (String ruta : List.of("login.xhtml", "portal/index.xhtml", "health/ready")) {
                HttpResponse<String> r = cliente.metodo(metodo, ruta);
                assertThat(r.statusCode()).as(metodo + " " + ruta).isEqualTo(405);
                assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD, POST, OPTIONS");
            }
        }
        HttpResponse<String> put = cliente.metodo("PUT", "login.xhtml");
        assertThat(put.body()).contains("Esta página no admite esa operación.");
        comunes(put.headers());

        HttpResponse<String> opciones = cliente.metodo("OPTIONS", "login.xhtml");
        assertThat(opciones.statusCode()).isEqualTo(204);
        assertThat(opciones.headers().firstValue("Allow")).hasValue("GET, HEAD, POST, OPTIONS");
        assertThat(cliente.metodo("HEAD", "login.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void laSaludPublicaNoNombraLaBaseDeDatos() {
        for (String ruta : List.of("health", "health/ready", "health/live", "health/started")) {
            HttpResponse<String> r = cliente().get(ruta);
            assertThat(r.statusCode()).as(ruta).isEqualTo(200);
            assertThat(r.body())
                    .as(ruta)
                    .contains("\"status\":\"UP\"")
                    .doesNotContainIgnoringCase("postgres")
                    .doesNotContainIgnoringCase("jdbc")
                    .doesNotContain("5432");
            comunes(r.headers());
        }
    }

    /** What every response carries. */
    private static void comunes(HttpHeaders cabeceras) {
        assertThat(cabeceras.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(cabeceras.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(cabeceras.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(cabeceras.allValues("Content-Security-Policy"))
                .singleElement()
                .asString()
                .contains(
                        "default-src 'self'",
                        "object-src 'none'",
                        "base-uri 'self'",
                        "form-action 'self'",
                        "frame-ancestors 'none'",
                        "script-src 'self'");
    }
}
