package es.tgss.casia.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RespuestaConDireccionPublicaTest {

    /** A request for /portal/index.xhtml that came with {@code Host: evil.example}. */
    private static HttpServletRequest peticion() {
        return falso(
                HttpServletRequest.class,
                Map.of("getRequestURI", "/portal/index.xhtml", "getServerName", "evil.example", "getContextPath", ""));
    }

    private final RespuestaConDireccionPublica respuesta = new RespuestaConDireccionPublica(
            peticion(), falso(HttpServletResponse.class, Map.of()), URI.create("https://casia.example/"));

    @Test
    void unaRedireccionInternaEsUnaRutaQueNoNombraElHostDeLaPeticion() {
        assertThat(respuesta.publica("/index.xhtml")).isEqualTo("/index.xhtml");
        assertThat(respuesta.publica("autorizaciones.xhtml?pagina=2"))
                .isEqualTo("/portal/autorizaciones.xhtml?pagina=2");
        assertThat(respuesta.publica("http://evil.example/login.xhtml")).isEqualTo("/login.xhtml");
        assertThat(respuesta.publica("/a:b")).isEqualTo("/a:b");
    }

    @Test
    void bajoUnaUrlPublicaConRutaLaRedireccionLaLleva() {
        var bajoRuta = new RespuestaConDireccionPublica(
                peticion(), falso(HttpServletResponse.class, Map.of()), URI.create("https://tgss.example/casia/"));
        assertThat(bajoRuta.publica("/index.xhtml")).isEqualTo("/casia/index.xhtml");
    }

    @Test
    void enElReenvioAlAccesoUnaRedireccionRelativaLoEsALaPaginaPedida() {
        var reenviada = new RespuestaConDireccionPublica(
                falso(
                        HttpServletRequest.class,
                        Map.of(
                                "getRequestURI", "/login.xhtml",
                                "getAttribute", "/portal/casos/caso.xhtml",
                                "getServerName", "casia.example",
                                "getContextPath", "")),
                falso(HttpServletResponse.class, Map.of()),
                URI.create("https://casia.example/"));
        assertThat(reenviada.publica("./caso.xhtml?numero=1")).isEqualTo("/portal/casos/caso.xhtml?numero=1");
    }

    @Test
    void unaDireccionDeOtroSitioSeQuedaComoEstaYUnaIlegibleVaAlInicio() {
        assertThat(respuesta.publica("https://sede.seg-social.gob.es/x")).isEqualTo("https://sede.seg-social.gob.es/x");
        assertThat(respuesta.publica("/a b")).isEqualTo("/");
    }

    @SuppressWarnings("unchecked")
    private static <T> T falso(Class<T> tipo, Map<String, Object> respuestas) {
        return (T) Proxy.newProxyInstance(
                tipo.getClassLoader(), new Class<?>[] {tipo}, (p, metodo, args) -> respuestas.get(metodo.getName()));
    }
}
