package es.tgss.casia.api;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the server serves at {@code /openapi}, read and validated as a client generator would, with
 * swagger.io's OpenAPI 3 parser: valid, and complete against the code — every JAX-RS operation of the API's classes
 * is in it with a Spanish summary and the problem responses, and the problem schema and the bearer scheme are there.
 * From the client JVM: the validator stays out of the server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    private static final String RAIZ = "/api/v1";
    private static final Set<String> ERRORES = Set.of("400", "401", "403", "404", "409", "429", "500");

    @ArquillianResource
    private URL base;

    private String documento(String aceptar) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(Local.raiz(base).resolve("openapi"))
                                    .header("Accept", aceptar)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static OpenAPI validado(String texto) {
        guardar(texto);
        ParseOptions opciones = new ParseOptions();
        opciones.setResolve(true);
        SwaggerParseResult resultado = new OpenAPIV3Parser().readContents(texto, null, opciones);
        assertThat(resultado.getMessages()).as("mensajes del validador").isEmpty();
        assertThat(resultado.getOpenAPI()).isNotNull();
        return resultado.getOpenAPI();
    }

    @Test
    void elDocumentoEsValidoEnYamlYEnJson() {
        String yaml = documento("*/*");
        OpenAPI documento = validado(yaml);
        assertThat(documento.getOpenapi()).startsWith("3.");
        assertThat(documento.getInfo().getTitle()).isEqualTo("CASIA API");
        assertThat(documento.getServers()).isNotEmpty();

        OpenAPI enJson = validado(documento("application/json"));
        assertThat(enJson.getPaths().keySet()).isEqualTo(documento.getPaths().keySet());
    }

    @Test
    void cadaOperacionDelCodigoEstaConSuResumenYSusProblemas() throws IOException {
        OpenAPI documento = validado(documento("*/*"));
        Set<String> delCodigo = operacionesDelCodigo();
        assertThat(delCodigo)
                .as("las operaciones de la API encontradas en el código")
                .contains(
                        "POST /api/v1/tokens",
                        "GET /api/v1/autorizaciones",
                        "GET /api/v1/autorizaciones/{autorizacion}/casos",
                        "GET /api/v1/ops/trabajos/ejecuciones",
                        "POST /api/v1/ops/buzon/{id}/reintento");

        Set<String> delDocumento = new TreeSet<>();
        documento
                .getPaths()
                .forEach((ruta, item) ->
                        item.readOperationsMap().forEach((metodo, operacion) -> delDocumento.add(metodo + " " + ruta)));
        assertThat(delDocumento).containsAll(delCodigo);

        documento.getPaths().forEach((ruta, item) -> {
            assertThat(ruta).startsWith(RAIZ + "/");
            item.readOperationsMap().forEach((metodo, operacion) -> {
                String cual = metodo + " " + ruta;
                assertThat(operacion.getSummary()).as(cual).isNotBlank();
                assertThat(operacion.getTags()).as(cual).isNotEmpty();
                assertThat(operacion.getResponses()).as(cual).containsKeys(ERRORES.toArray(String[]::new));
                ERRORES.forEach(estado -> assertThat(esquemaDelProblema(
                                documento, operacion.getResponses().get(estado)))
                        .as(cual + " " + estado)
                        .isEqualTo("#/components/schemas/Problema"));
            });
        });
    }

    @Test
    void elProblemaYElTokenEstanEnLosComponentes() {
        OpenAPI documento = validado(documento("*/*"));
        Schema<?> problema = documento.getComponents().getSchemas().get("Problema");
        assertThat(problema).isNotNull();
        assertThat(problema.getProperties())
                .containsKeys("type", "title", "status", "detail", "codigo", "errores", "version");
        assertThat(problema.getRequired()).contains("type", "status");

        SecurityScheme token = documento.getComponents().getSecuritySchemes().get("token");
        assertThat(token).isNotNull();
        assertThat(token.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(token.getScheme()).isEqualTo("bearer");
        assertThat(documento.getSecurity()).anySatisfy(r -> assertThat(r).containsKey("token"));
    }

    /**
     * The read models of casia-ejb are described field by field (not as bare objects), and dates as the ISO-8601
     * strings they are sent as: a client generator must be able to read a token and a case's history.
     */
    @Test
    void losModelosDeCasiaEjbTienenSusCamposYLasFechasSonTexto() {
        OpenAPI documento = validado(documento("*/*"));
        Map<String, Schema> esquemas = documento.getComponents().getSchemas();
        assertThat(esquemas).containsKeys("TokenVisible", "LineaHistorial", "Notificacion");
        Schema<?> token = esquemas.get("TokenVisible");
        assertThat(token.getProperties()).containsKeys("id", "nombre", "prefijo", "creado", "caduca", "revocado");
        Schema<?> fecha = esquemas.get("OffsetDateTime");
        assertThat(token.getProperties().get("caduca").get$ref()).isEqualTo("#/components/schemas/OffsetDateTime");
        assertThat(fecha.getType()).isEqualTo("string");
        assertThat(fecha.getFormat()).isEqualTo("date-time");
        assertThat(esquemas.get("LineaHistorial").getProperties()).containsKeys("accion", "fecha", "actor");
    }

    /** The document as served, in target/, to read when a check fails. */
    private static void guardar(String texto) {
        try {
            Files.writeString(
                    Paths.get(System.getProperty("casia.testClasses")).resolveSibling("openapi-servido.txt"), texto);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema a response's problem+json refers to, through the shared response it may refer to. */
    private static String esquemaDelProblema(OpenAPI documento, ApiResponse respuesta) {
        assertThat(respuesta).isNotNull();
        ApiResponse real = respuesta.get$ref() == null
                ? respuesta
                : documento
                        .getComponents()
                        .getResponses()
                        .get(respuesta.get$ref().substring(respuesta.get$ref().lastIndexOf('/') + 1));
        assertThat(real).as(respuesta.get$ref()).isNotNull();
        var tipo = real.getContent().get(Problema.TIPO_DE_CONTENIDO);
        assertThat(tipo).as(real.getDescription()).isNotNull();
        return tipo.getSchema().get$ref();
    }

    /** Every resource method of the API's classes, as "GET /api/v1/…", from the compiled classes. */
    private static Set<String> operacionesDelCodigo() throws IOException {
        java.nio.file.Path clases =
                Paths.get(System.getProperty("casia.testClasses")).resolveSibling("classes");
        java.nio.file.Path paquete = clases.resolve("es/tgss/casia/api");
        Set<String> operaciones = new TreeSet<>();
        try (Stream<java.nio.file.Path> ficheros = Files.walk(paquete)) {
            ficheros.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> clases.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(OpenApiIT::clase)
                    .filter(c -> c.isAnnotationPresent(Path.class))
                    .forEach(c -> {
                        for (Method m : c.getMethods()) {
                            String metodo = metodoHttp(m);
                            if (metodo != null) {
                                operaciones.add(metodo + " " + ruta(c, m));
                            }
                        }
                    });
        }
        return operaciones;
    }

    private static String ruta(Class<?> clase, Method metodo) {
        String ruta = RAIZ + "/" + clase.getAnnotation(Path.class).value();
        if (metodo.isAnnotationPresent(Path.class)) {
            ruta += "/" + metodo.getAnnotation(Path.class).value();
        }
        // A template's regular expression ({id: \d+}) is not part of the OpenAPI path.
        return DocumentoDeLaApi.sinExpresiones(ruta).replaceAll("/+", "/").replaceAll("/$", "");
    }

    private static String metodoHttp(Method metodo) {
        for (Annotation a : metodo.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static Class<?> clase(String nombre) {
        try {
            return Class.forName(nombre, false, OpenApiIT.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
