package es.tgss.casia.salud;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Over HTTP, as ops and a load balancer see it: health is public, metrics and pages need a login. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SaludIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @ArquillianResource
    private URL base;

    @Test
    void readyDiceQueLaBaseDeDatosResponde() throws Exception {
        HttpResponse<String> r = get("health/ready");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("\"status\":\"UP\"")
                .contains("base-de-datos")
                .doesNotContainIgnoringCase("postgres")
                .doesNotContain("producto");
    }

    @Test
    void lasMetricasYLasPaginasPidenIniciarSesion() throws Exception {
        for (String ruta : new String[] {"metrics", "portal/index.xhtml", "backoffice/index.xhtml"}) {
            HttpResponse<String> r = get(ruta);
            assertThat(r.body()).as(ruta).contains("id=\"acceso\"").doesNotContain("casia_accesos");
        }
    }

    @Test
    void laRaizMuestraLaPaginaDeAccesoEnEspanol() throws Exception {
        HttpResponse<String> r = get("");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("Acceso al servicio")
                .contains("Contraseña")
                .contains("lang=\"es\"");
        assertThat(r.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("JSESSIONID=")
                        .contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    private HttpResponse<String> get(String ruta) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(Local.raiz(base).resolve(ruta)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
