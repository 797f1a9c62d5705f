package es.tgss.casia.web;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a request the pages never send gets: the error page in Spanish, never an empty answer or a trace. Without
 * {@code PaginaDeErrorFilter} this post got an empty 500 (the error page failed on the same CSP check).
 * comprobar.sh repeats the check on Payara Server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaginaDeErrorIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    @ArquillianResource
    private URL base;

    @Test
    void unEnvioSinElNonceDePrimeFacesDaLaPaginaDeErrorEnEspanol() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI login = Local.raiz(base).resolve("login.xhtml");
        String pagina = http.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher vista = VIEW_STATE.matcher(pagina);
        assertThat(vista.find()).isTrue();

        // What a script or a browser without JavaScript would post: the form, but not PrimeFaces' CSP nonce.
        String formulario = "acceso=acceso&acceso%3Ausuario=12345678Z&acceso%3Acontrasena=mal&acceso%3Aentrar="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(vista.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(login)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formulario)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.body()).contains("id=\"mensaje-error\"")
                .contains("Se ha producido un error inesperado. Inténtelo de nuevo más tarde.")
                .doesNotContain("CspException").doesNotContain("Missing CSP nonce").doesNotContain("\tat ");
    }
}
