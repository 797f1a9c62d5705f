package es.tgss.casia.api.autorizado;

import es.tgss.casia.api.Idempotencia;
import es.tgss.casia.api.LimiteDeSubida;
import es.tgss.casia.api.Problema;
import es.tgss.casia.api.ProblemaDeLaApi;
import es.tgss.casia.api.RutaDelCaso;
import es.tgss.casia.api.TipoDeProblema;
import es.tgss.casia.caso.Caso;
import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.NuevoCaso;
import es.tgss.casia.caso.documento.FicheroRecibido;
import es.tgss.casia.caso.documento.NuevoDocumento;
import es.tgss.casia.caso.vista.DetalleCaso;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.catalogo.TipoCaso;
import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.Mensaje;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Alta of a case through the API: the portal's Nuevo caso → Anexar Información → Finalizar Alta in one request, on the
 * same service ({@link CasoService#finalizarAlta}), so every rule and every field error is the portal's. Plain JSON
 * for a case without documents; multipart with the JSON in the part {@value #PARTE_DEL_CASO} and one part per file,
 * each received as the portal receives an upload (stopping at CASIA_DOC_MAX_MB) and recognised by its content. A
 * document refused for its size answers 413 and one refused for its format 415, with the same per-field errors as a
 * 400. With {@code Idempotency-Key} a retry answers the first response again and creates nothing ({@link Idempotencia}).
 *
 * <p>One instance for all requests (the request's {@code UriInfo} and {@code SecurityContext} come as parameters):
 * payroll software files altas in bulk, and making and injecting a resource per request was 7% of an alta's cost
 * (docs/rendimiento-api.md). The other resources stay per request.
 */
@Path(RutaDelCaso.CASOS)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Casos", description = "Casos de una autorización (autorizado RED)")
public class AltaDeCasosRecurso {

    /** The multipart part that carries the case's JSON. */
    static final String PARTE_DEL_CASO = "caso";

    private static final String EJEMPLO = """
            {"tipo": "CONSULTA", "materia": "COTIZACION", "categoria": "CON_COT_SLD", "afectaPeriodoEnCurso": false,
             "titulo": "Duda sobre una liquidación", "descripcion": "¿Cómo se calcula el recargo de la liquidación?",
             "datos": [{"ccc": "281234567840"}]}""";

    /** Thread-safe and costly to make; the body stored for a retry must be the one sent the first time. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private CasoService casos;

    @Inject
    private VistaDeCasos vista;

    @Inject
    private Idempotencia idempotencia;

    @Inject
    private Configuracion configuracion;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Dar de alta un caso",
            description = "Nuevo caso y Finalizar Alta en una petición, sin documentos (para adjuntarlos, envíe"
                    + " multipart/form-data). Responde 201 con la ubicación y el detalle del caso, y su ETag. Con"
                    + " Idempotency-Key, repetir la misma petición devuelve la misma respuesta sin crear otro caso.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PeticionDeAlta.class),
                            examples = @ExampleObject(name = "consulta", value = EJEMPLO)))
    @APIResponse(
            responseCode = "201",
            description = "Caso dado de alta",
            content = @Content(schema = @Schema(implementation = DetalleCaso.class)))
    @APIResponse(
            responseCode = "400",
            description = "Datos no válidos, con un error por campo",
            content =
                    @Content(mediaType = Problema.TIPO_DE_CONTENIDO, schema = @Schema(implementation = Problema.class)))
    @APIResponse(responseCode = "401", description = "Sin token")
    @APIResponse(responseCode = "403", description = "El usuario no es un autorizado RED")
    @APIResponse(responseCode = "404", description = "La autorización no existe o no es del usuario")
    @APIResponse(responseCode = "422", description = "Idempotency-Key ya usada con otra petición")
    public Response darDeAlta(
            @HeaderParam(Idempotencia.CABECERA) @Parameter(description = "clave única de la petición (hasta 255)")
                    String cabecera,
            @Context UriInfo uri,
            @Context SecurityContext seguridad,
            String cuerpo) {
        String clave = Idempotencia.clave(cabecera);
        PeticionDeAlta peticion = leer(cuerpo);
        byte[] huella = Idempotencia.huella("POST", uri.getPath(), List.of(cuerpo));
        return alta(uri, seguridad, clave, huella, peticion, Map.of());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @LimiteDeSubida.Aplicado
    @Operation(
            summary = "Dar de alta un caso con documentos",
            description = "Como el alta en JSON, con el JSON en la parte «caso» y cada fichero en una parte con el"
                    + " nombre que indica su documento (documentos[].parte) y el nombre del fichero. El formato se"
                    + " reconoce por el contenido; el máximo por documento es CASIA_DOC_MAX_MB (10 MB por defecto) y"
                    + " por caso CASIA_DOC_MAX_TOTAL_MB (50 MB).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = PARTE_DEL_CASO)))
    @APIResponse(
            responseCode = "201",
            description = "Caso dado de alta con sus documentos",
            content = @Content(schema = @Schema(implementation = DetalleCaso.class)))
    @APIResponse(
            responseCode = "400",
            description = "Datos no válidos, con un error por campo",
            content =
                    @Content(mediaType = Problema.TIPO_DE_CONTENIDO, schema = @Schema(implementation = Problema.class)))
    @APIResponse(responseCode = "401", description = "Sin token")
    @APIResponse(responseCode = "403", description = "El usuario no es un autorizado RED")
    @APIResponse(responseCode = "404", description = "La autorización no existe o no es del usuario")
    @APIResponse(responseCode = "413", description = "Un documento o el conjunto superan el tamaño máximo")
    @APIResponse(responseCode = "415", description = "Un documento tiene un formato no admitido")
    @APIResponse(responseCode = "422", description = "Idempotency-Key ya usada con otra petición")
    public Response darDeAltaConDocumentos(
            @HeaderParam(Idempotencia.CABECERA) @Parameter(description = "clave única de la petición (hasta 255)")
                    String cabecera,
            @Context UriInfo uri,
            @Context SecurityContext seguridad,
            List<EntityPart> partes) {
        String clave = Idempotencia.clave(cabecera);
        Map<String, Fichero> ficheros = new LinkedHashMap<>();
        try {
            String json = null;
            Set<String> repetidas = new HashSet<>();
            for (EntityPart parte : partes) {
                if (PARTE_DEL_CASO.equals(parte.getName())) {
                    json = texto(parte.getContent());
                } else {
                    Fichero fichero = new Fichero(
                            parte.getFileName().orElse(null),
                            FicheroRecibido.recibir(parte.getContent(), configuracion.maxBytesDocumento()));
                    Fichero anterior = ficheros.put(parte.getName(), fichero);
                    if (anterior != null) {
                        anterior.recibido().close();
                        repetidas.add(parte.getName());
                    }
                }
            }
            if (json == null) {
                throw ErrorDeNegocio.enCampo(PARTE_DEL_CASO, "api.alta.caso");
            }
            PeticionDeAlta peticion = leer(json);
            Set<String> nombradas = peticion.documentos().stream()
                    .map(PeticionDeAlta.Documento::parte)
                    .collect(Collectors.toSet());
            Map<String, Mensaje> sobrantes = new LinkedHashMap<>();
            ficheros.keySet().stream()
                    .filter(nombre -> repetidas.contains(nombre) || !nombradas.contains(nombre))
                    .forEach(nombre -> sobrantes.put(nombre, Mensaje.de("api.alta.parte")));
            if (!sobrantes.isEmpty()) {
                throw ErrorDeNegocio.enCampos(sobrantes);
            }
            List<String> huella = new ArrayList<>(List.of(json));
            ficheros.forEach((nombre, f) -> huella.addAll(Arrays.asList(
                    nombre,
                    f.nombre(),
                    f.recibido().excedido() ? "excedido" : f.recibido().huella())));
            return alta(uri, seguridad, clave, Idempotencia.huella("POST", uri.getPath(), huella), peticion, ficheros);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ficheros.values().forEach(f -> f.recibido().close());
        }
    }

    /** A file part as it arrived: the name the client gave it and its content in a temporary file. */
    private record Fichero(String nombre, FicheroRecibido recibido) {}

    private Response alta(
            UriInfo uri,
            SecurityContext seguridad,
            String clave,
            byte[] huella,
            PeticionDeAlta peticion,
            Map<String, Fichero> ficheros) {
        NuevoCaso nuevo = nuevoCaso(peticion, ficheros);
        URI casos = uri.getAbsolutePath();
        // A document refused for its size or format is a 413 or a 415 (Problemas), with every field's error.
        Idempotencia.Respuesta respuesta =
                idempotencia.ejecutar(seguridad.getUserPrincipal().getName(), clave, huella, () -> {
                    Caso caso = this.casos.finalizarAlta(nuevo);
                    DetalleCaso detalle = vista.detalleDelAlta(caso);
                    return Idempotencia.Respuesta.nueva(
                            Response.Status.CREATED.getStatusCode(),
                            casos.toString() + "/" + caso.getNumero(),
                            JSON.toJson(detalle));
                });
        return respuesta.delCaso();
    }

    private static NuevoCaso nuevoCaso(PeticionDeAlta peticion, Map<String, Fichero> ficheros) {
        NuevoCaso.Builder nuevo = NuevoCaso.de(tipo(peticion.tipo()))
                .clasificacion(peticion.materia(), peticion.categoria(), peticion.subcategoria())
                .afectaPeriodoEnCurso(peticion.afectaPeriodoEnCurso())
                .titulo(peticion.titulo())
                .descripcion(peticion.descripcion());
        peticion.datos().forEach(nuevo::dato);
        for (PeticionDeAlta.Documento d : peticion.documentos()) {
            Fichero f = d.parte() == null ? null : ficheros.get(d.parte());
            nuevo.documento(new NuevoDocumento(
                    d.tipoDocumento(), d.titulo(), f == null ? null : f.nombre(), f == null ? null : f.recibido()));
        }
        return nuevo.crear();
    }

    /** Null is the service's to report (tipo obligatorio); a value that is no tipo is said here, with the valid ones. */
    private static TipoCaso tipo(String valor) {
        if (valor == null || valor.isBlank()) {
            return null;
        }
        try {
            return TipoCaso.valueOf(valor.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException noEsUnTipo) {
            String admitidos = Arrays.stream(TipoCaso.values()).map(Enum::name).collect(Collectors.joining(", "));
            throw ErrorDeNegocio.enCampo("tipo", "api.valor", valor, admitidos);
        }
    }

    /** An empty body or JSON {@code null} is not a case: 400, as JSON that does not read. */
    private static PeticionDeAlta leer(String json) {
        PeticionDeAlta peticion = json == null || json.isBlank() ? null : JSON.fromJson(json, PeticionDeAlta.class);
        if (peticion == null) {
            throw new ProblemaDeLaApi(TipoDeProblema.CAMPO_INVALIDO, Mensaje.de("api.cuerpo"));
        }
        return peticion;
    }

    /** The case's JSON, read up to the margin a request has beside its files. */
    private static String texto(InputStream entrada) throws IOException {
        byte[] bytes = entrada.readNBytes((int) LimiteDeSubida.MARGEN + 1);
        if (bytes.length > LimiteDeSubida.MARGEN) {
            throw new ProblemaDeLaApi(
                    TipoDeProblema.DEMASIADO_GRANDE,
                    Mensaje.de("api.demasiadoGrande", LimiteDeSubida.MARGEN / LimiteDeSubida.MEGABYTE));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
