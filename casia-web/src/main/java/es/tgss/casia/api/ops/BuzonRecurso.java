package es.tgss.casia.api.ops;

import es.tgss.casia.api.Paginacion;
import es.tgss.casia.api.ProblemaDeLaApi;
import es.tgss.casia.api.TipoDeProblema;
import es.tgss.casia.comun.Pagina;
import es.tgss.casia.error.Mensaje;
import es.tgss.casia.notificacion.BuzonDeSalida;
import es.tgss.casia.notificacion.EstadoNotificacion;
import es.tgss.casia.notificacion.NotificacionEnBuzon;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The outbox of e-mail notices for operations, as the operations page: how many in each state, the newest failed (or
 * pending) ones with their attempts and last error, and sending a failed one again. {@link BuzonDeSalida} decides.
 */
@Path("ops/buzon")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operación")
public class BuzonRecurso {

    /** The outbox at a glance: every state with its count, and one page of the notices in the state asked for. */
    @Schema(name = "EstadoDelBuzon", description = "Recuento por estado y una página de los avisos de un estado")
    public record EstadoDelBuzon(
            @Schema(
                    description = "Cuántos avisos hay en cada estado (todos los estados, también a cero)",
                    example = "{\"PENDIENTE\": 2, \"ENVIADA\": 120, \"FALLIDA\": 1}")
            Map<EstadoNotificacion, Long> recuento,

            @Schema(description = "Los avisos del estado pedido, los más recientes primero")
            Pagina<NotificacionEnBuzon> avisos) {}

    @Inject
    private BuzonDeSalida buzon;

    @GET
    @Operation(
            summary = "Estado del buzón de avisos",
            description = "Recuento por estado y los avisos fallidos (o los del estado pedido), los más recientes"
                    + " primero, con sus intentos y su último error.")
    public EstadoDelBuzon estado(
            @QueryParam("estado") @Parameter(description = "FALLIDA (por defecto), PENDIENTE o ENVIADA")
                    EstadoNotificacion estado,
            @QueryParam("page") @DefaultValue("0") int pagina,
            @QueryParam("size") @DefaultValue("20") int tamano) {
        Paginacion.comprobar(pagina, tamano);
        // No @DefaultValue: Payara writes an enumeration's default as a schema no validator accepts.
        EstadoNotificacion pedido = estado == null ? EstadoNotificacion.FALLIDA : estado;
        Map<EstadoNotificacion, Long> recuento = buzon.recuento();
        long total = recuento.get(pedido);
        // The service lists the newest of a state up to a count; the total bounds what a page can ask it for.
        long desde = (long) pagina * tamano;
        List<NotificacionEnBuzon> avisos = desde >= total
                ? List.of()
                : buzon.ultimas(pedido, (int) Math.min(total, desde + tamano)).stream()
                        .skip(desde)
                        .toList();
        return new EstadoDelBuzon(recuento, new Pagina<>(avisos, total, pagina, tamano));
    }

    @POST
    @Path("{id}/reintento")
    @Operation(
            summary = "Reintentar un aviso fallido",
            description = "Una serie nueva de intentos, desde ahora. 202; 409 si el aviso no existe o ya no está"
                    + " fallido (enviado entretanto, o reintentado por otra persona).")
    public Response reintentar(@PathParam("id") long id) {
        if (!buzon.reintentar(id)) {
            throw new ProblemaDeLaApi(TipoDeProblema.AVISO_NO_FALLIDO, Mensaje.de("api.ops.avisoNoFallido", id));
        }
        return Response.accepted().build();
    }
}
