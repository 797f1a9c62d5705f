package es.tgss.casia.api;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Actores;
import es.tgss.casia.prueba.Local;
import es.tgss.casia.seguridad.token.TokensDeApi;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal tokens over HTTP: made with the password once, then the token alone; listed without the token; revoked and
 * refused from the next request on. Every refusal is a problem, in Spanish or in English.
 */
@ExtendWith(ArquillianExtension.class)
class TokensApiIT {

    @ArquillianResource
    private URL base;

    private ClienteApi anonimo() {
        return ClienteApi.anonimo(Local.raiz(base));
    }

    /**
     * A fresh token of that demo user, made in the server as that user logged in (not with HTTP Basic: the password's
     * limit of failed attempts, which LimiteDeAccesosIT sets off for some accounts, must not decide other tests).
     * In-container tests only; HTTP Basic itself is tested here.
     */
    static String token(String usuario) {
        CDI.current().select(Actores.class).get().entrar(new Actores.Actor(usuario, null));
        return CDI.current()
                .select(TokensDeApi.class)
                .get()
                .crear("pruebas", null)
                .token();
    }

    @Test
    void sinCredencialLaApiResponde401ConUnProblemaYNoLaPaginaDeAcceso() {
        ClienteApi.Respuesta r = anonimo().get("autorizaciones");
        assertThat(r.estado()).isEqualTo(401);
        assertThat(r.tipo()).startsWith("application/problem+json");
        assertThat(r.cabecera("WWW-Authenticate")).startsWith("Bearer");
        JsonObject p = r.json();
        assertThat(p.getString("type")).isEqualTo("/api/v1/problemas/no-autenticado");
        assertThat(p.getInt("status")).isEqualTo(401);
        assertThat(p.getString("detail")).contains("token personal");
        assertThat(r.cabecera("Set-Cookie")).isNull();
    }

    @Test
    void elTokenSeCreaConLaContrasenaSeMuestraUnaVezYAutenticaSinSesion() {
        ClienteApi.Respuesta creado = anonimo()
                .conContrasena("12345678Z", "casia")
                .post("tokens", "{\"nombre\":\"Nóminas Pérez\",\"dias\":30}");
        assertThat(creado.estado()).as(creado.cuerpo()).isEqualTo(201);
        String token = creado.json().getString("token");
        assertThat(token).startsWith("casia_").hasSize(49);
        assertThat(creado.json().getJsonObject("datos").getString("nombre")).isEqualTo("Nóminas Pérez");
        assertThat(creado.cabecera("Location")).contains("/api/v1/tokens/");

        ClienteApi lucia = anonimo().conToken(token);
        ClienteApi.Respuesta mias = lucia.get("autorizaciones");
        assertThat(mias.estado()).as(mias.cuerpo()).isEqualTo(200);
        assertThat(mias.json().getJsonArray("elementos").toString())
                .contains("1000001")
                .contains("1000002");
        assertThat(mias.cabecera("Set-Cookie")).isNull();

        ClienteApi.Respuesta lista = lucia.get("tokens");
        assertThat(lista.estado()).isEqualTo(200);
        assertThat(lista.cuerpo()).contains("Nóminas Pérez").doesNotContain(token);
    }

    @Test
    void unTokenRevocadoYaNoAutenticaYElDeOtroNoSeEncuentra() {
        String token = token("87654321X");
        ClienteApi javier = anonimo().conToken(token);
        long id = javier.get("tokens")
                .lista()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        ClienteApi.Respuesta ajeno = anonimo().conToken(token("22222222J")).delete("tokens/" + id);
        assertThat(ajeno.estado()).isEqualTo(404);
        assertThat(ajeno.json().getString("codigo")).isEqualTo("token-no-encontrado");

        assertThat(javier.delete("tokens/" + id).estado()).isEqualTo(200);
        ClienteApi.Respuesta despues = javier.get("autorizaciones");
        assertThat(despues.estado()).isEqualTo(401);
        assertThat(despues.json().getString("detail")).contains("revocado");
    }

    @Test
    void laContrasenaSoloSirveParaCrearUnTokenYUnaErroneaEsUn401() {
        ClienteApi.Respuesta basic =
                anonimo().conContrasena("12345678Z", "casia").get("autorizaciones");
        assertThat(basic.estado()).isEqualTo(401);
        ClienteApi.Respuesta erronea =
                anonimo().conContrasena("11111111H", "no-es-esta").post("tokens", "{\"nombre\":\"x\"}");
        assertThat(erronea.estado()).isEqualTo(401);
        assertThat(erronea.json().getString("detail")).isEqualTo("Usuario o contraseña incorrectos.");
    }

    @Test
    void losErroresDeCampoVanUnoPorCampoYEnInglesSiSePide() {
        ClienteApi.Respuesta r = anonimo()
                .conContrasena("12345678Z", "casia")
                .con("Accept-Language", "en-GB,en;q=0.9")
                .post("tokens", "{\"nombre\":\" \",\"dias\":400}");
        assertThat(r.estado()).isEqualTo(400);
        JsonObject p = r.json();
        assertThat(p.getString("type")).isEqualTo("/api/v1/problemas/campo-invalido");
        assertThat(p.getString("title")).isEqualTo("Invalid data");
        assertThat(p.getJsonArray("errores").toString())
                .contains("\"campo\":\"nombre\"")
                .contains("\"campo\":\"dias\"")
                .contains("between 1 and 365 days");
    }

    @Test
    void unCuerpoQueNoEsJsonYUnaRutaQueNoExisteSonProblemasNoPaginas() {
        ClienteApi lucia = anonimo().conToken(token("12345678Z"));
        ClienteApi.Respuesta malo = lucia.post("tokens", "{nombre: ");
        assertThat(malo.estado()).isEqualTo(400);
        assertThat(malo.tipo()).startsWith("application/problem+json");
        ClienteApi.Respuesta ruta = lucia.get("no-existe");
        assertThat(ruta.estado()).isEqualTo(404);
        assertThat(ruta.tipo()).startsWith("application/problem+json");
        ClienteApi.Respuesta metodo = lucia.metodo("PUT", "tokens", "{}");
        assertThat(metodo.estado()).isEqualTo(405);
        assertThat(metodo.tipo()).startsWith("application/problem+json");
    }
}
