package es.tgss.casia.web;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.ClienteWeb;
import es.tgss.casia.prueba.Local;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a post the pages never send gets, and a post after the session ended: the login page or the error page in
 * Spanish with a 4xx, never an empty answer, a 500 or a trace. comprobar.sh repeats the nonce check on Payara Server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaginaDeErrorIT {

    private static final String PETICION_NO_VALIDA =
            "La petición no es válida. Vuelva a cargar la página e inténtelo de nuevo.";

    @ArquillianResource
    private URL base;

    @Test
    void unEnvioSinElNonceDePrimeFacesDa400ConLaPaginaDeError() {
        ClienteWeb cliente = new ClienteWeb(Local.raiz(base));
        Map<String, String> formulario =
                ClienteWeb.formularioDeAcceso(cliente.get("login.xhtml").body());
        // What a script or a browser without JavaScript would post: the form, but not PrimeFaces' CSP nonce.
        formulario.remove("primefaces.nonce");
        formulario.put("acceso:usuario", "12345678Z");
        formulario.put("acceso:contrasena", "mal");

        HttpResponse<String> r = cliente.post("login.xhtml", formulario);

        assertThat(r.statusCode()).isEqualTo(400);
        paginaDeError(r, PETICION_NO_VALIDA);
    }

    @Test
    void unEstadoDeFormularioFalsificadoDa400ConLaPaginaDeError() {
        ClienteWeb cliente = new ClienteWeb(Local.raiz(base));
        Map<String, String> formulario =
                ClienteWeb.formularioDeAcceso(cliente.get("login.xhtml").body());
        for (String falso : new String[] {"1234:5678", "<script>x</script>", "%%%", ""}) {
            formulario.put("jakarta.faces.ViewState", falso);

            HttpResponse<String> r = cliente.post("login.xhtml", formulario);

            assertThat(r.statusCode()).as(falso).isEqualTo(400);
            paginaDeError(r, PETICION_NO_VALIDA);
        }
    }

    @Test
    void unEnvioDespuesDeCaducarLaSesionLlevaALaPaginaDeAccesoQueLoDice() {
        ClienteWeb cliente = new ClienteWeb(Local.raiz(base));
        cliente.acceder("tram.madrid1", "casia");
        Map<String, String> salir =
                ClienteWeb.formulario(cliente.get("backoffice/index.xhtml").body(), "salir");
        salir.put("salir:boton-salir", "");
        String sesion = cliente.sesion();
        // The session ends (as when it expires): "Salir" invalidates it.
        assertThat(cliente.post("backoffice/index.xhtml", salir).statusCode()).isEqualTo(302);

        // The same form posted again by a browser that still holds the cookie of that session. Forwarded to the
        // login page by the container, this post answered an empty 500.
        for (String pagina : new String[] {"backoffice/index.xhtml", "portal/index.xhtml", "login.xhtml"}) {
            HttpResponse<String> r =
                    new ClienteWeb(Local.raiz(base)).conSesion(sesion).post(pagina, salir);

            assertThat(r.statusCode()).as(pagina).isEqualTo(302);
            assertThat(r.headers().firstValue("Location"))
                    .as(pagina)
                    .get()
                    .asString()
                    .endsWith("/login.xhtml?caducada=true");
        }
        HttpResponse<String> acceso = new ClienteWeb(Local.raiz(base)).get("login.xhtml?caducada=true");
        assertThat(acceso.statusCode()).isEqualTo(200);
        assertThat(acceso.body())
                .contains("id=\"sesion-caducada\"")
                .contains("Su sesión ha caducado. Vuelva a acceder al servicio.")
                .contains("id=\"acceso\"");
    }

    private static void paginaDeError(HttpResponse<String> r, String mensaje) {
        assertThat(r.body())
                .contains("id=\"mensaje-error\"")
                .contains(mensaje)
                .doesNotContain("CspException")
                .doesNotContain("Missing CSP nonce")
                .doesNotContain("\tat ")
                .doesNotContain("<script>x</script>");
    }
}
