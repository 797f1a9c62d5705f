package es.tgss.casia.api.autorizado;

import es.tgss.casia.api.AutorizacionDeLaRuta;
import es.tgss.casia.caso.resolucion.NotificacionAbierta;
import es.tgss.casia.caso.resolucion.NotificacionEnSede;
import es.tgss.casia.caso.resolucion.SedeElectronica;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Sede Electrónica inbox of the autorización in the path: the Resoluciones de Desistimiento put at its disposal.
 * Opening one answers its PDF itself, as the portal's "Acceder" does, because opening is the comparecencia that
 * practises the notification (art. 43.1 Ley 39/2015): a separate link to the bytes would let a client record the
 * comparecencia without receiving the document, or receive it without it being recorded. What the list says of each
 * is its metadata. Another autorización's notification is 404, as one that does not exist.
 */
@Path("autorizaciones/{" + AutorizacionDeLaRuta.PARAMETRO + "}/notificaciones")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notificaciones", description = "Sede Electrónica de una autorización (autorizado RED)")
public class NotificacionesRecurso {

    /**
     * A notification of the inbox and how it stands.
     *
     * @param contenido where to open it (GET): the first opening is the comparecencia
     */
    public record Notificacion(
            long id,
            String numeroCaso,
            String tituloCaso,
            OffsetDateTime puestaDisposicion,
            NotificacionEnSede.Estado estado,
            String comparecenciaPor,
            OffsetDateTime comparecencia,
            OffsetDateTime rechazada,
            String contenido) {}

    /** Only for the downloads' encoding ({@link Descargas}). */
    @Context
    private HttpServletResponse respuesta;

    @Inject
    private SedeElectronica sede;

    @GET
    @Operation(
            summary = "Notificaciones de la Sede",
            description = "Las Resoluciones de Desistimiento puestas a disposición de la autorización, las más"
                    + " recientes primero, con su estado (PENDIENTE, PRACTICADA o RECHAZADA).")
    @APIResponse(responseCode = "200", description = "Las notificaciones")
    @APIResponse(responseCode = "404", description = "Autorización inexistente o de la que no es usuario")
    public List<Notificacion> bandeja(@PathParam(AutorizacionDeLaRuta.PARAMETRO) String autorizacion) {
        return sede.notificaciones().stream()
                .map(n -> new Notificacion(
                        n.id(),
                        n.numeroCaso(),
                        n.tituloCaso(),
                        n.puestaDisposicion(),
                        n.estado(),
                        n.comparecenciaPor(),
                        n.comparecencia(),
                        n.rechazada(),
                        "/api/v1/autorizaciones/" + autorizacion + "/notificaciones/" + n.id()))
                .toList();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Produces(MediaType.WILDCARD)
    @Operation(
            summary = "Abrir una notificación",
            description = "Devuelve el PDF de la Resolución. La primera apertura dentro de los 10 días naturales es la"
                    + " comparecencia que practica la notificación y queda en el historial del caso; una rechazada se"
                    + " puede leer, pero abrirla no practica nada.")
    @APIResponse(
            responseCode = "200",
            description = "El PDF de la Resolución",
            content = @Content(mediaType = NotificacionAbierta.TIPO_MIME))
    @APIResponse(responseCode = "404", description = "Notificación inexistente o de otra autorización")
    public Response abrir(@PathParam("id") long id) {
        NotificacionAbierta abierta = sede.abrir(id);
        return Descargas.de(
                respuesta, abierta.nombreFichero(), NotificacionAbierta.TIPO_MIME, abierta.pdf().length, abierta.pdf());
    }
}
