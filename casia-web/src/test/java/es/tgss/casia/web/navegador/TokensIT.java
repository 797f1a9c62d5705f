package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/**
 * Tokens de acceso a la API in the browser: Lucía makes one (a nameless one is refused beside its field), sees it once
 * and copies it, her payroll program uses it against the API, she revokes it and the API refuses it from then on.
 * Every state passes axe-core and is photographed, also at a phone's 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TokensIT {

    @ArquillianResource
    private URL base;

    private static Navegador navegador;

    private static WebDriver driver;

    @BeforeAll
    static void abrir() {
        navegador = new Navegador();
        driver = navegador.driver();
    }

    @AfterAll
    static void cerrar() {
        navegador.close();
    }

    @Test
    void creaUnTokenQueSeMuestraUnaVezLoUsaLaApiYRevocadoDejaDeServir() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 900));
        navegador.acceder(Local.raiz(base), "12345678Z");
        navegador.pulsarYEsperarPagina(By.linkText("1000002"));
        navegador.pulsarYEsperarPagina(By.id("tokens"));
        assertThat(navegador.titulo()).isEqualTo("Tokens de acceso a la API");
        assertThat(driver.findElements(By.id("tokens:token-nuevo"))).isEmpty();

        navegador.pulsarYEsperarPagina(By.id("tokens:crear"));
        assertThat(navegador.texto("tokens:nombre-mensaje"))
                .isEqualTo("Dé un nombre al token (por ejemplo, el programa de nóminas que lo usará).");
        navegador.captura("tokens-sin-nombre");

        driver.findElement(By.id("tokens:nombre")).sendKeys("Nóminas Levante");
        navegador.pulsarYEsperarPagina(By.id("tokens:crear"));
        String token = navegador.valor("tokens:token-nuevo");
        assertThat(token).startsWith("casia_").hasSize(49);
        assertThat(navegador.texto("tokens:lista"))
                .contains("Nóminas Levante")
                .contains("Vigente")
                .contains(token.substring(0, 12))
                .doesNotContain(token);
        navegador.captura("tokens-creado");
        assertThat(api(token).statusCode()).isEqualTo(200);

        navegador.pulsarYEsperarPagina(By.id("tokens:lista:0:revocar"));
        assertThat(navegador.texto("tokens:mensajes"))
                .isEqualTo("Se ha revocado el token «Nóminas Levante»: ya no da acceso a la API.");
        assertThat(driver.findElements(By.id("tokens:token-nuevo"))).isEmpty();
        assertThat(navegador.texto("tokens:lista:0:situacion")).isEqualTo("Revocado");
        assertThat(api(token).statusCode()).isEqualTo(401);

        driver.manage().window().setSize(new Dimension(360, 800));
        driver.navigate().refresh();
        navegador.esperar();
        assertThat(navegador.anchoSobrante()).isZero();
        navegador.captura("tokens-revocado-360");
    }

    /** Lucía's payroll program asking for her autorizaciones with the token. */
    private HttpResponse<String> api(String token) throws Exception {
        URI uri = Local.raiz(base).resolve("api/v1/autorizaciones");
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri)
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
