package es.tgss.casia.api.backoffice;

import es.tgss.casia.api.RutaDelCaso;
import es.tgss.casia.api.Versiones;
import es.tgss.casia.caso.Accion;
import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.vista.LineaHistorial;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.seguridad.Rol;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One case in the back-office: its detail (with the internal notes and the actions the rule admits now) and one POST
 * per action of the tramitador, each calling the {@link CasoService} method the back-office page calls. Every action
 * that changes the case needs the version it was read at in {@code If-Match} (the detail's ETag): the service refuses
 * it with 409 and the current version if the case changed meanwhile. It answers the case as it is now, with its new
 * ETag, so that a client can chain actions without reading it again.
 */
@Path("backoffice/casos/" + RutaDelCaso.NUMERO)
@RequestScoped
@DelBackoffice
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Back-office")
@APIResponse(responseCode = "401", description = "Sin token o token no válido")
@APIResponse(responseCode = "403", description = "El llamante no es tramitador ni supervisor de la TGSS")
@APIResponse(responseCode = "404", description = "El caso no existe")
public class TramitacionRecurso {

    /** What an action that asks for a text sends. */
    public record Solicitud(String solicitud) {}

    public record Motivo(String motivo) {}

    /** @param tramitador login of the tramitador who will work the case */
    public record Asignacion(String tramitador) {}

    /** @param unidad código of the unidad that will work the case */
    public record Transferencia(String unidad, String motivo) {}

    /** The new classification, by códigos; the subcategoría only where the categoría has them. */
    public record Reclasificacion(String materia, String categoria, String subcategoria) {}

    public record Resolucion(String respuesta) {}

    public record RechazoDeAnulacion(String motivos) {}

    public record Nota(String nota) {}

    private static final String SI_COINCIDE = "Versión del caso leída (su ETag); sin ella, 428";

    /** The número de caso, AAAA/NNNNNNNN ({@link RutaDelCaso}). Not described with @Parameter: on a field, Payara's
     * OpenAPI processor has no path to attach it to and fails the whole document (NullPointerException). */
    @PathParam("numero")
    private String numero;

    @Inject
    private CasoService casos;

    @Inject
    private VistaDeCasos vista;

    @Context
    private SecurityContext seguridad;

    @GET
    @Operation(
            summary = "Detalle de un caso",
            description = "Con los mensajes (también las notas internas) y las acciones que la regla admite ahora"
                    + " (acciones). Su ETag es la versión: envíela en If-Match en las acciones.")
    @APIResponse(responseCode = "200", description = "El caso, con su ETag")
    public Response detalle() {
        return actual();
    }

    @GET
    @Path("historial")
    @Operation(
            summary = "Historial del caso",
            description = "Quién hizo qué, cuándo, desde qué dirección y con qué observación; del más antiguo al más"
                    + " reciente.")
    @APIResponse(responseCode = "200", description = "Las líneas del historial")
    public List<LineaHistorial> historial() {
        return vista.historial(numero);
    }

    @POST
    @Path("tomar")
    @Operation(
            summary = "Tomar el caso",
            description = "El llamante lo atiende en su unidad: de Presentado, Escalado o Transferido a Asignado.")
    @APIResponse(responseCode = "200", description = "El caso asignado al llamante, con su nueva ETag")
    @APIResponse(responseCode = "409", description = "Otro lo cambió antes o el subestado no lo admite (version)")
    @APIResponse(responseCode = "412", description = "If-Match no es una versión")
    @APIResponse(responseCode = "428", description = "Falta If-Match")
    public Response tomar(@HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = SI_COINCIDE) String ifMatch) {
        return actuar(ifMatch, version -> casos.asignar(numero, version, null));
    }

    /**
     * Asignar a…, as the page's: a case waiting (Presentado, Escalado, Transferido) is assigned, one already being
     * worked is reassigned. Supervisors only: a tramitador takes a case for themself ({@link #tomar}). Refused here
     * with 403 rather than by the service, whose refusal (ACCESO_NO_PERMITIDO) the API answers as 404, "no such
     * case", which would be false.
     */
    @POST
    @Path("asignacion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Asignar o reasignar el caso",
            description = "Solo supervisores. Un caso que espera se asigna al tramitador indicado; uno que ya se"
                    + " atiende se le reasigna (sin aviso al autorizado).")
    @APIResponse(responseCode = "200", description = "El caso con su nuevo tramitador y su nueva ETag")
    @APIResponse(responseCode = "400", description = "El tramitador no existe o no está activo (campo tramitador)")
    @APIResponse(responseCode = "403", description = "El llamante no es supervisor")
    @APIResponse(responseCode = "409", description = "Otro lo cambió antes o el subestado no lo admite (version)")
    @APIResponse(responseCode = "428", description = "Falta If-Match")
    public Response asignacion(
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = SI_COINCIDE) String ifMatch,
            Asignacion cuerpo) {
        if (!seguridad.isUserInRole(Rol.Nombre.SUPERVISOR)) {
            throw new ForbiddenException();
        }
        String tramitador = campo(cuerpo, Asignacion::tramitador);
        return actuar(ifMatch, version -> {
            if (vista.detalle(numero).cabecera().accionesDelTramitador().contains(Accion.ASIGNAR)) {
                casos.asignar(numero, version, tramitador);
            } else {
                casos.reasignar(numero, version, tramitador);
            }
        });
    }

    @POST
    @Path("solicitud-informacion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Solicitar información",
            description = "Pasa a Solicitada Información; se avisa al autorizado con el último día para responder (20"
                    + " días naturales) y empieza el plazo.")
    @APIResponse(responseCode = "200", description = "El caso en Solicitada Información, con su nueva ETag")
    @APIResponse(responseCode = "400", description = "Falta la solicitud o es demasiado larga (campo solicitud)")
    @APIResponse(responseCode = "409", description = "Otro lo cambió antes o el subestado no lo admite (version)")
    @APIResponse(responseCode = "428", description = "Falta If-Match")
    public Response solicitudInformacion(
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = SI_COINCIDE) String ifMatch, Solicitud cuerpo) {
        return actuar(
                ifMatch, version -> casos.solicitarInformacion(numero, version, campo(cuerpo, Solicitud::solicitud)));
    }

    @POST
    @Path("escalado")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Escalar el caso",
            description = "De Asignado a Escalado; el motivo queda como nota interna. El autorizado solo ve el"
                    + " subestado.")
    @APIResponse(responseCode = "200", description = "El caso escalado, con su nueva ETag")
    @APIResponse(responseCode = "409", description = "Otro lo cambió antes o el subestado no lo admite (version)")
    @APIResponse(responseCode = "428", description = "Falta If-Match")
    public Response escalado(
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = SI_COINCIDE) String ifMatch, Motivo cuerpo) {
        return actuar(ifMatch, version -> casos.escalar(numero, version, campo(cuerpo, Motivo::motivo)));
    }

    @POST
    @Path("transferencia")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Transferir el caso a otra unidad",
            description = "De Asignado a Transferido, sin tramitador, en la unidad indicada; el motivo queda como nota"
                    + " interna.")
    @APIResponse(responseCode = "200", description = "El caso transferido, con su nueva ETag")
    @APIResponse(responseCode = "400", description = "La unidad no existe (campo unidad)")
    @APIResponse(responseCode = "409", description = "Otro lo cambió antes o el subestado no lo admite (version)")
    @APIResponse(responseCode = "428", description = "Falta If-Match")
    public Response transferencia(
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = SI_COINCIDE) String ifMatch,
            Transferencia cuerpo) {
        return actuar(
                ifMatch,
                version -> casos.transferir(
                        numero, version, campo(cuerpo, Transferencia::unidad), campo(cuerpo, Transferencia::motivo)));
    }

    @POST
    @Path("reclasificacion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Reclasificar el caso",
            description = "Cambia materia, categoría y subcategoría (válidas para su tipo) sin cambiar el subestado; se"
                    + " avisa al autorizado.")
    @APIResponse(responseCode = "200", description = "El caso reclasificado, con su nueva ETag")
    @APIResponse(responseCode = "400", description = "La clasificación no es válida para el tipo (un error por campo)")
    @APIResponse(responseCode = "409", description = "Otro lo cambió antes o el caso está cerrado (version)")
    @APIResponse(responseCode = "428", description = "Falta If-Match")
    public Response reclasificacion(
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = SI_COINCIDE) String ifMatch,
            Reclasificacion cuerpo) {
        return actuar(
                ifMatch,
                version -> casos.reclasificar(
                        numero,
                        version,
                        campo(cuerpo, Reclasificacion::materia),
                        campo(cuerpo, Reclasificacion::categoria),
                        campo(cuerpo, Reclasificacion::subcategoria)));
    }

    @POST
    @Path("resolucion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Resolver el caso",
            description = "Cerrado/Resuelto con la respuesta, que se envía al autorizado. No cabe en Presentado ni con"
                    + " una anulación pendiente de decidir.")
    @APIResponse(responseCode = "200", description = "El caso resuelto, con su nueva ETag")
    @APIResponse(responseCode = "400", description = "Falta la respuesta o es demasiado larga (campo respuesta)")
    @APIResponse(responseCode = "409", description = "Otro lo cambió antes o el subestado no lo admite (version)")
    @APIResponse(responseCode = "428", description = "Falta If-Match")
    public Response resolucion(
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = SI_COINCIDE) String ifMatch,
            Resolucion cuerpo) {
        return actuar(ifMatch, version -> casos.resolver(numero, version, campo(cuerpo, Resolucion::respuesta)));
    }

    @POST
    @Path("anulacion/aprobacion")
    @Operation(
            summary = "Aprobar la anulación",
            description = "Cerrado/Anulado a petición del autorizado, que recibe un aviso.")
    @APIResponse(responseCode = "200", description = "El caso anulado, con su nueva ETag")
    @APIResponse(responseCode = "409", description = "Otro lo cambió antes o no hay anulación pendiente (version)")
    @APIResponse(responseCode = "428", description = "Falta If-Match")
    public Response aprobacionDeAnulacion(
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = SI_COINCIDE) String ifMatch) {
        return actuar(ifMatch, version -> casos.aprobarAnulacion(numero, version));
    }

    @POST
    @Path("anulacion/rechazo")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Rechazar la anulación",
            description =
                    "El caso sigue en su subestado; el autorizado recibe los motivos. En Solicitada Información el"
                            + " plazo de 20 días vuelve a empezar.")
    @APIResponse(responseCode = "200", description = "El caso sin anulación pendiente, con su nueva ETag")
    @APIResponse(responseCode = "400", description = "Faltan los motivos (campo motivos)")
    @APIResponse(responseCode = "409", description = "Otro lo cambió antes o no hay anulación pendiente (version)")
    @APIResponse(responseCode = "428", description = "Falta If-Match")
    public Response rechazoDeAnulacion(
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = SI_COINCIDE) String ifMatch,
            RechazoDeAnulacion cuerpo) {
        return actuar(
                ifMatch,
                version -> casos.rechazarAnulacion(numero, version, campo(cuerpo, RechazoDeAnulacion::motivos)));
    }

    /**
     * Añadir nota interna. Without If-Match: the note changes nothing of the case (its version stays), so it neither
     * refuses nor is refused by someone acting on the case at the same moment ({@link CasoService#anadirNotaInterna}).
     */
    @POST
    @Path("notas")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Añadir una nota interna",
            description =
                    "Solo para la TGSS: el autorizado no la ve ni recibe aviso. No cambia la versión del caso y no"
                            + " necesita If-Match; cabe también en un caso cerrado.")
    @APIResponse(responseCode = "200", description = "El caso con la nota entre sus mensajes")
    @APIResponse(responseCode = "400", description = "Falta la nota o es demasiado larga (campo nota)")
    public Response notas(Nota cuerpo) {
        casos.anadirNotaInterna(numero, campo(cuerpo, Nota::nota));
        return actual();
    }

    /** The version from If-Match (428/412 before anything else), the action, then the case as it is now. */
    private Response actuar(String ifMatch, IntConsumer accion) {
        accion.accept(Versiones.deIfMatch(ifMatch));
        return actual();
    }

    private Response actual() {
        DetalleDelBackoffice detalle = DetalleDelBackoffice.de(
                vista.detalle(numero), vista.mensajes(numero), seguridad.isUserInRole(Rol.Nombre.SUPERVISOR));
        return Response.ok(detalle)
                .tag(Versiones.etag(detalle.cabecera().version()))
                .build();
    }

    /** A field of the body, or null when no body came: the service then says which field is missing. */
    private static <T> String campo(T cuerpo, Function<T, String> campo) {
        return cuerpo == null ? null : campo.apply(cuerpo);
    }
}
