package es.tgss.casia.web.acceso;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.ClienteWeb;
import es.tgss.casia.prueba.Local;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guessing a password over HTTP, as a script would. Uses accounts no other test of this server logs in with over
 * HTTP: their lock lasts past the test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LimiteDeAccesosIT {

    private static final Pattern MENSAJE = Pattern.compile("ui-messages-error-summary\">([^<]*)<");
    private static final String INCORRECTOS = "Usuario o contraseña incorrectos.";
    private static final String BLOQUEADO =
            "Demasiados intentos de acceso fallidos. Por seguridad, espere 1 minuto antes de volver a intentarlo.";

    @ArquillianResource
    private URL base;

    @Test
    void cincoFallosBloqueanLaCuentaInclusoConLaContrasenaCorrectaPeroNoOtraCuenta() {
        ClienteWeb atacante = new ClienteWeb(Local.raiz(base));
        for (int i = 1; i < LimiteDeAccesos.FALLOS_POR_CUENTA; i++) {
            assertThat(mensaje(atacante.acceder("22222222J", "intento-" + i)))
                    .as("fallo " + i)
                    .isEqualTo(INCORRECTOS);
        }
        assertThat(mensaje(atacante.acceder("22222222J", "intento-5"))).isEqualTo(BLOQUEADO);

        HttpResponse<String> correcta = new ClienteWeb(Local.raiz(base)).acceder("22222222J", "casia");
        assertThat(correcta.statusCode()).isEqualTo(200);
        assertThat(correcta.headers().firstValue("Location")).isEmpty();
        assertThat(mensaje(correcta)).isEqualTo(BLOQUEADO);

        // Same address, another account: its user logs in.
        HttpResponse<String> otra = new ClienteWeb(Local.raiz(base)).acceder("sup.madrid", "casia");
        assertThat(otra.statusCode()).isEqualTo(302);
        assertThat(otra.headers().firstValue("Location")).get().asString().endsWith("/index.xhtml");
    }

    @Test
    void unUsuarioQueNoExisteSeBloqueaIgualQueUnoQueExiste() {
        ClienteWeb atacante = new ClienteWeb(Local.raiz(base));
        for (int i = 1; i < LimiteDeAccesos.FALLOS_POR_CUENTA; i++) {
            assertThat(mensaje(atacante.acceder("99999999R", "intento-" + i))).isEqualTo(INCORRECTOS);
        }
        assertThat(mensaje(atacante.acceder("99999999R", "intento-5"))).isEqualTo(BLOQUEADO);
        assertThat(mensaje(atacante.acceder("99999999R", "casia"))).isEqualTo(BLOQUEADO);
    }

    /** Posted past the form's maxlength, as a script can: the server answers as for any wrong login. */
    @Test
    void unUsuarioMasLargoQueLaColumnaEsUnAccesoIncorrecto() {
        HttpResponse<String> largo = new ClienteWeb(Local.raiz(base)).acceder("9".repeat(100_000), "casia");
        assertThat(largo.statusCode()).isEqualTo(200);
        assertThat(mensaje(largo)).isEqualTo(INCORRECTOS);
    }

    /** The error message on the login page. */
    private static String mensaje(HttpResponse<String> r) {
        Matcher m = MENSAJE.matcher(r.body());
        return m.find() ? m.group(1) : "(sin mensaje; estado " + r.statusCode() + ")";
    }
}
