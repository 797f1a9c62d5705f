package es.tgss.casia.api.backoffice;

import es.tgss.casia.api.Paginacion;
import es.tgss.casia.caso.EstadoBuscado;
import es.tgss.casia.caso.Origen;
import es.tgss.casia.caso.Subestado;
import es.tgss.casia.caso.vista.CriteriosBandeja;
import es.tgss.casia.caso.vista.FilaBandeja;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.catalogo.CatalogoService;
import es.tgss.casia.catalogo.RespuestaPredefinida;
import es.tgss.casia.catalogo.TipoCaso;
import es.tgss.casia.comun.Pagina;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tramitador's work queue and the predefined answers, as the back-office screens read them: the same
 * {@link VistaDeCasos#bandeja} with the same filters and visibility (a tramitador sees their unidad and what nobody
 * has taken; a supervisor every unidad, or the one asked for).
 */
@Path("backoffice")
@RequestScoped
@DelBackoffice
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Back-office", description = "Tramitación de casos por la TGSS (tramitadores y supervisores)")
@APIResponse(responseCode = "401", description = "Sin token o token no válido")
@APIResponse(responseCode = "403", description = "El llamante no es tramitador ni supervisor de la TGSS")
public class BandejaRecurso {

    @Inject
    private VistaDeCasos vista;

    @Inject
    private CatalogoService catalogo;

    @GET
    @Path("bandeja")
    @Operation(
            summary = "Bandeja de trabajo",
            description = "Por defecto los casos abiertos, los más antiguos primero; sin límite de mes en las fechas."
                    + " Cada fila lleva la versión que Tomar envía en If-Match.")
    @APIResponse(responseCode = "200", description = "Una página de la bandeja, con el total")
    @APIResponse(responseCode = "400", description = "Un filtro, page o size no válidos (un error por parámetro)")
    public Pagina<FilaBandeja> bandeja(
            @QueryParam("estado") @Parameter(description = "ABIERTO (por defecto), CERRADO o TODOS")
                    EstadoBuscado estado,
            @QueryParam("subestado") Subestado subestado,
            @QueryParam("tipo") TipoCaso tipo,
            @QueryParam("materia") @Parameter(description = "código de la materia") String materia,
            @QueryParam("categoria") @Parameter(description = "código de la categoría") String categoria,
            @QueryParam("origen") @Parameter(description = "AUTORIZADO o TGSS") Origen origen,
            @QueryParam("autorizacion") @Parameter(description = "número de autorización") String autorizacion,
            @QueryParam("nifUsuarioAlta") @Parameter(description = "NIF del usuario que dio de alta el caso")
                    String nifUsuarioAlta,
            @QueryParam("desde") @Parameter(description = "Fecha de Alta Desde, AAAA-MM-DD") LocalDate desde,
            @QueryParam("hasta") @Parameter(description = "Fecha de Alta Hasta, AAAA-MM-DD") LocalDate hasta,
            @QueryParam("anulacionPendiente") @Parameter(description = "solo los que esperan decidir una anulación")
                    boolean anulacionPendiente,
            @QueryParam("vencePronto")
                    @Parameter(description = "solo los de Solicitada Información con el plazo a punto de vencer")
                    boolean vencePronto,
            @QueryParam("mios") @Parameter(description = "solo los asignados al llamante") boolean mios,
            @QueryParam("unidad") @Parameter(description = "código de la unidad; solo supervisores") String unidad,
            @QueryParam("recientesPrimero") @Parameter(description = "los más recientes primero")
                    boolean recientesPrimero,
            @QueryParam("page") @DefaultValue("0") @Parameter(description = "desde 0") int pagina,
            @QueryParam("size") @DefaultValue("20") @Parameter(description = "de 1 a 100") int tamano) {
        Paginacion.comprobar(pagina, tamano);
        return vista.bandeja(new CriteriosBandeja(
                estado,
                subestado,
                tipo,
                materia,
                categoria,
                origen,
                autorizacion,
                nifUsuarioAlta,
                desde,
                hasta,
                anulacionPendiente,
                vencePronto,
                mios,
                unidad,
                recientesPrimero,
                pagina,
                tamano));
    }

    @GET
    @Path("respuestas-predefinidas")
    @Operation(
            summary = "Respuestas predefinidas",
            description = "Las activas, en el orden del catálogo: textos para empezar la respuesta de una resolución.")
    @APIResponse(responseCode = "200", description = "Las respuestas predefinidas activas")
    public List<RespuestaPredefinida> respuestasPredefinidas() {
        return catalogo.respuestasPredefinidas();
    }
}
