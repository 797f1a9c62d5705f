package es.tgss.casia.web.portal.casos;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.ClienteWeb;
import es.tgss.casia.prueba.Local;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nuevo Caso's upload over HTTP, as Ana: one that announces more than a case may hold (the default 50 MB plus the
 * fields' margin) is refused with 413 and the error page before its body is sent; an ordinary one still attaches.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LimiteDeSubidaIT {

    private static final String NUEVO = "portal/casos/nuevo.xhtml";

    @ArquillianResource
    private URL base;

    private ClienteWeb cliente;

    @BeforeEach
    void acceder() {
        cliente = new ClienteWeb(Local.raiz(base));
        assertThat(cliente.acceder("11111111H", "casia").statusCode()).isEqualTo(302);
        // Her only autorización is chosen on the page of the choice, as the browser's first page after the login.
        assertThat(cliente.get("portal/autorizaciones.xhtml").statusCode()).isIn(200, 302);
        assertThat(cliente.get(NUEVO).statusCode()).isEqualTo(200);
    }

    @Test
    void unaSubidaQueAnunciaDemasiadoSeRechazaSinEsperarSuCuerpo() {
        long anunciado = 51L * 1024 * 1024 + 1;
        long antes = System.nanoTime();

        String respuesta = cliente.postAnunciado(
                NUEVO,
                "multipart/form-data; boundary=casia",
                anunciado,
                "--casia\r\n".getBytes(StandardCharsets.US_ASCII),
                Duration.ofSeconds(10));

        assertThat(Duration.ofNanos(System.nanoTime() - antes)).isLessThan(Duration.ofSeconds(10));
        assertThat(respuesta)
                .startsWith("HTTP/1.1 413")
                .contains("<h1>No se ha podido completar la operación</h1>")
                .contains("Lo que ha enviado ocupa más de 50 MB, el máximo para todos los documentos de un caso");
    }

    @Test
    void unaSubidaNormalSeAnexa() {
        Map<String, String> campos = ClienteWeb.formulario(cliente.get(NUEVO).body(), "nuevo");
        campos.put("nuevo:tipoDocumento", "OTROS");
        campos.put("nuevo:tituloDocumento", "Nota");
        campos.put("nuevo:anexar", "");

        HttpResponse<String> r = cliente.postMultipart(
                NUEVO,
                campos,
                "nuevo:ficheroDocumento",
                "nota.txt",
                "Una nota breve.\n".getBytes(StandardCharsets.UTF_8));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"nuevo:documentos\"", "nota.txt");
    }
}
