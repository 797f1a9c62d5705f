package es.tgss.casia.api;

import es.tgss.casia.error.Textos;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the OpenAPI document that the server builds from the annotations ({@code mp.openapi.filter} in
 * microprofile-config.properties): the problem of RFC 9457 as a schema, and the error responses every operation can
 * give, so that a client generated from the document knows the body of a 4xx or a 500 without reading the README.
 * Written once here rather than as annotations on each operation: every operation answers them through the same
 * {@link Problemas}, and a new resource gets them without anyone remembering to.
 *
 * <p>It also mends what Payara 6.2025 writes and a validator refuses (OpenApiIT finds each): path parameters that a
 * resource reads outside its method ({@link AutorizacionDeLaRuta}) or does not mark required, a tag declared by two
 * resources written twice, and Payara's own top-level {@code endpoints}, which is not OpenAPI.
 */
public class DocumentoDeLaApi implements OASFilter {

    static final String ESQUEMA_DEL_PROBLEMA = "Problema";
    static final String ESQUEMA_DEL_ERROR_DE_CAMPO = "ErrorDeCampo";

    /** The responses shared by every operation, by status: their component name and what they mean. */
    private record Error(String nombre, String descripcion, TipoDeProblema ejemplo, String detalle) {}

    private static final Map<String, Error> ERRORES = errores();

    private static Map<String, Error> errores() {
        Map<String, Error> errores = new LinkedHashMap<>();
        errores.put(
                "400",
                new Error(
                        "PeticionNoValida",
                        "Datos no válidos: el detalle y, por campo, errores",
                        TipoDeProblema.CAMPO_INVALIDO,
                        "Revise los campos indicados."));
        errores.put(
                "401",
                new Error(
                        "NoAutenticado",
                        "Sin token, o con un token caducado o revocado",
                        TipoDeProblema.NO_AUTENTICADO,
                        "Identifíquese con un token personal (cabecera Authorization: Bearer) para usar la API."));
        errores.put(
                "403",
                new Error(
                        "SinPermiso",
                        "La operación no está disponible para el perfil del usuario",
                        TipoDeProblema.SIN_PERMISO,
                        "Esta operación no está disponible para su perfil."));
        errores.put(
                "404",
                new Error(
                        "NoEncontrado",
                        "No existe, o el usuario no puede verlo (lo mismo para la API)",
                        TipoDeProblema.CASO_NO_ENCONTRADO,
                        "No existe el caso pedido."));
        errores.put(
                "409",
                new Error(
                        "Conflicto",
                        "Acción no permitida en el estado actual, o cambio concurrente (con la versión actual)",
                        TipoDeProblema.TRANSICION_NO_PERMITIDA,
                        "El caso está cerrado: no admite más cambios."));
        errores.put(
                "429",
                new Error(
                        "DemasiadosIntentos",
                        "Demasiadas peticiones o intentos fallidos: espere los segundos de Retry-After",
                        TipoDeProblema.DEMASIADOS_INTENTOS,
                        "Demasiados intentos fallidos: vuelva a intentarlo dentro de 60 segundos."));
        errores.put(
                "500",
                new Error(
                        "ErrorInterno",
                        "Error interno: no se ha guardado nada; el detalle da el número de incidente",
                        TipoDeProblema.ERROR_INTERNO,
                        "No se ha podido completar la operación por un error interno (incidente"
                                + " 0b7f6c9e-5d1a-4c1e-9a43-2f1e8d6a7b10). No se ha guardado nada; inténtelo de nuevo"
                                + " más tarde."));
        return Collections.unmodifiableMap(errores);
    }

    /** What a path parameter that no method declares is, by its name. */
    private static final Map<String, String> PARAMETROS_DE_RUTA = Map.of(
            AutorizacionDeLaRuta.PARAMETRO,
            "Número de la autorización RED; una de las del usuario (si no, 404 como si no existiera)");

    private static final Pattern PARAMETRO_DE_RUTA = Pattern.compile("\\{(\\w+)[^}]*}");
    private static final Logger LOG = Logger.getLogger(DocumentoDeLaApi.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI documento) {
        sinEndpointsDePayara(documento);
        sinEtiquetasRepetidas(documento);
        if (documento.getComponents() == null) {
            documento.setComponents(OASFactory.createComponents());
        }
        Components componentes = documento.getComponents();
        if (componentes.getSchemas() != null) {
            componentes.getSchemas().values().forEach(DocumentoDeLaApi::fechasComoTexto);
        }
        componentes.addSchema(ESQUEMA_DEL_ERROR_DE_CAMPO, esquemaDelErrorDeCampo());
        componentes.addSchema(ESQUEMA_DEL_PROBLEMA, esquemaDelProblema());
        ERRORES.values().forEach(e -> componentes.addResponse(e.nombre(), respuesta(e)));
        if (documento.getPaths() == null || documento.getPaths().getPathItems() == null) {
            return;
        }
        sinExpresionesEnLasRutas(documento);
        Set<String> identificadores = new HashSet<>();
        documento.getPaths().getPathItems().forEach((ruta, item) -> {
            if (item.getOperations() != null) {
                item.getOperations()
                        .values()
                        .forEach(operacion -> identificadorUnico(ruta, operacion, identificadores));
            }
        });
        documento.getPaths().getPathItems().forEach((ruta, item) -> {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(operacion -> {
                    conLosErrores(operacion);
                    conLosParametrosDeRuta(ruta, operacion);
                });
            }
        });
    }

    /**
     * {@code {numero: [0-9]{4}/[0-9]{8,12}}} is JAX-RS's template, with the expression that matches it; OpenAPI names
     * a parameter and nothing else ({@code {numero}}). Payara copies the template as it is.
     */
    private static void sinExpresionesEnLasRutas(OpenAPI documento) {
        for (String ruta : List.copyOf(documento.getPaths().getPathItems().keySet())) {
            String limpia = sinExpresiones(ruta);
            if (!limpia.equals(ruta)) {
                PathItem item = documento.getPaths().getPathItem(ruta);
                documento.getPaths().removePathItem(ruta);
                documento.getPaths().addPathItem(limpia, item);
            }
        }
    }

    /** Each {@code {nombre: expresión}} as {@code {nombre}}; the expression may hold braces of its own. */
    static String sinExpresiones(String ruta) {
        StringBuilder limpia = new StringBuilder();
        int i = 0;
        while (i < ruta.length()) {
            char c = ruta.charAt(i);
            if (c != '{') {
                limpia.append(c);
                i++;
                continue;
            }
            int nivel = 0;
            int fin = i;
            for (; fin < ruta.length(); fin++) {
                if (ruta.charAt(fin) == '{') {
                    nivel++;
                } else if (ruta.charAt(fin) == '}' && --nivel == 0) {
                    break;
                }
            }
            String plantilla = ruta.substring(i + 1, Math.min(fin, ruta.length()));
            int dosPuntos = plantilla.indexOf(':');
            limpia.append('{')
                    .append((dosPuntos < 0 ? plantilla : plantilla.substring(0, dosPuntos)).strip())
                    .append('}');
            i = fin + 1;
        }
        return limpia.toString();
    }

    /**
     * Payara names an operation after its Java method, and two resources may have one of the same name (the
     * autorizado's detail and the back-office's): OpenAPI wants each name once, so the second takes its area's name
     * ({@code /api/v1/backoffice/…} → {@code detalleBackoffice}).
     */
    private static void identificadorUnico(String ruta, Operation operacion, Set<String> vistos) {
        String id = operacion.getOperationId();
        if (id == null || vistos.add(id)) {
            return;
        }
        String[] tramos = ruta.replaceFirst("^/api/v1/", "").split("/");
        String area = tramos[0].isEmpty() ? "api" : tramos[0];
        String nuevo =
                id + Character.toUpperCase(area.charAt(0)) + area.substring(1).replaceAll("[^A-Za-z0-9]", "");
        for (int n = 2; !vistos.add(nuevo); n++) {
            nuevo = id + n;
        }
        operacion.setOperationId(nuevo);
    }

    /**
     * A list of a type Payara does not describe (a record of casia-ejb's inside an annotated one) comes out as an array
     * with no items, which OpenAPI refuses: its items are then objects.
     */
    @Override
    public Schema filterSchema(Schema esquema) {
        if (esquema.getType() == Schema.SchemaType.ARRAY
                && esquema.getItems() != null
                && esquema.getItems().getType() == Schema.SchemaType.ARRAY
                && esquema.getItems().getItems() == null) {
            esquema.setItems(OASFactory.createSchema().type(Schema.SchemaType.OBJECT));
        }
        return esquema;
    }

    /**
     * Every parameter of the path declared, and required (OpenAPI demands both): Payara leaves out the ones a method
     * does not take itself, and the required flag of some it does.
     */
    private static void conLosParametrosDeRuta(String ruta, Operation operacion) {
        List<Parameter> declarados = operacion.getParameters() == null ? List.of() : operacion.getParameters();
        declarados.stream().filter(p -> p.getIn() == Parameter.In.PATH).forEach(p -> p.setRequired(true));
        Matcher plantilla = PARAMETRO_DE_RUTA.matcher(ruta);
        while (plantilla.find()) {
            String nombre = plantilla.group(1);
            boolean declarado =
                    declarados.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH && nombre.equals(p.getName()));
            if (!declarado) {
                operacion.addParameter(OASFactory.createParameter()
                        .name(nombre)
                        .in(Parameter.In.PATH)
                        .required(true)
                        .description(PARAMETROS_DE_RUTA.get(nombre))
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
            }
        }
    }

    /**
     * A date or an instant is a string in JSON; Payara writes the type of the Java field (object) beside the format
     * the annotation gives, and a client generator would expect an object.
     */
    private static void fechasComoTexto(Schema esquema) {
        if (esquema.getProperties() == null) {
            return;
        }
        esquema.getProperties().values().forEach(propiedad -> {
            if ("date".equals(propiedad.getFormat()) || "date-time".equals(propiedad.getFormat())) {
                propiedad.setType(Schema.SchemaType.STRING);
            }
        });
    }

    /** Two resources that share a tag (the operations one) get it written twice; OpenAPI wants each name once. */
    private static void sinEtiquetasRepetidas(OpenAPI documento) {
        if (documento.getTags() == null) {
            return;
        }
        Map<String, Tag> porNombre = new LinkedHashMap<>();
        documento
                .getTags()
                .forEach(tag -> porNombre.merge(
                        tag.getName(), tag, (primera, otra) -> primera.getDescription() == null ? otra : primera));
        documento.setTags(new ArrayList<>(porNombre.values()));
    }

    /**
     * Payara 6.2025 adds a top-level {@code endpoints} (the application's URLs) that is not OpenAPI, so no validator
     * accepts the document; later releases call it {@code x-endpoints} (payara/Payara#7891). It is built before the
     * filters run and not written when empty, so it is emptied here. Through reflection: it is not in the
     * MicroProfile model, and on another server the method is simply not there.
     */
    private static void sinEndpointsDePayara(OpenAPI documento) {
        try {
            documento.getClass().getMethod("setEndpoints", Map.class).invoke(documento, new HashMap<>());
        } catch (NoSuchMethodException otroServidor) {
            LOG.fine("El documento OpenAPI no tiene endpoints de Payara");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "No se han podido quitar los endpoints de Payara del documento OpenAPI", e);
        }
    }

    /** The shared error responses an operation does not describe itself (its own description wins). */
    private static void conLosErrores(Operation operacion) {
        if (operacion.getResponses() == null) {
            operacion.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses respuestas = operacion.getResponses();
        ERRORES.forEach((estado, error) -> {
            APIResponse propia = respuestas.getAPIResponse(estado);
            if (propia == null) {
                respuestas.addAPIResponse(estado, OASFactory.createAPIResponse().ref(error.nombre()));
            } else if (propia.getRef() == null
                    && (propia.getContent() == null
                            || propia.getContent().getMediaTypes() == null
                            || propia.getContent().getMediaTypes().isEmpty())) {
                // The operation says what this status means for it; the body is the problem all the same.
                propia.setContent(respuesta(error).getContent());
            } else if (propia.getContent() != null
                    && propia.getContent().getMediaTypes() != null
                    && propia.getContent().getMediaTypes().get(Problema.TIPO_DE_CONTENIDO) != null) {
                // Payara writes @Schema(implementation = Problema.class) out in full: the one shared schema instead.
                propia.getContent()
                        .getMediaTypes()
                        .get(Problema.TIPO_DE_CONTENIDO)
                        .setSchema(OASFactory.createSchema().ref(ESQUEMA_DEL_PROBLEMA));
            }
        });
    }

    private static APIResponse respuesta(Error error) {
        Content contenido = OASFactory.createContent()
                .addMediaType(
                        Problema.TIPO_DE_CONTENIDO,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(ESQUEMA_DEL_PROBLEMA))
                                .example(ejemplo(error)));
        return OASFactory.createAPIResponse().description(error.descripcion()).content(contenido);
    }

    /** The problem {@link Problemas} would write, in Spanish. */
    private static Map<String, Object> ejemplo(Error error) {
        Problema problema = Problema.de(error.ejemplo(), Textos.ESPANOL, error.detalle());
        Map<String, Object> ejemplo = new LinkedHashMap<>();
        ejemplo.put("type", problema.type());
        ejemplo.put("title", problema.title());
        ejemplo.put("status", problema.status());
        ejemplo.put("detail", problema.detail());
        ejemplo.put("codigo", problema.codigo());
        return ejemplo;
    }

    /** {@link Problema} as JSON-B writes it: the five of RFC 9457 and CASIA's extensions, absent when empty. */
    private static Schema esquemaDelProblema() {
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("Un problema de RFC 9457 (application/problem+json), con las extensiones de CASIA")
                .required(List.of("type", "title", "status", "detail", "codigo"))
                .addProperty(
                        "type",
                        texto("URI estable del tipo de problema: decida por él, no por el texto")
                                .format("uri-reference")
                                .example("/api/v1/problemas/caso-no-encontrado"))
                .addProperty(
                        "title",
                        texto("Título corto del tipo, en el idioma pedido").example("Caso no encontrado"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .description("El estado HTTP")
                                .example(404))
                .addProperty(
                        "detail",
                        texto("Qué ha pasado, en español (o en inglés con Accept-Language: en)")
                                .example("No existe el caso pedido."))
                .addProperty("codigo", texto("El último segmento de type").example("caso-no-encontrado"))
                .addProperty(
                        "errores",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.ARRAY)
                                .description("Errores por campo de una validación (solo en los 400)")
                                .items(OASFactory.createSchema().ref(ESQUEMA_DEL_ERROR_DE_CAMPO)))
                .addProperty(
                        "version",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .description("En un 409 sobre un caso: su versión actual, para enviarla en If-Match")
                                .example(4));
    }

    private static Schema esquemaDelErrorDeCampo() {
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("Un campo erróneo de la petición")
                .required(List.of("campo", "detalle"))
                .addProperty(
                        "campo",
                        texto("El campo como lo nombra el JSON de la petición").example("titulo"))
                .addProperty("detalle", texto("Qué le pasa").example("El título no puede superar 50 caracteres."));
    }

    private static Schema texto(String descripcion) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(descripcion);
    }
}
