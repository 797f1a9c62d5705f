package es.tgss.casia.api.autorizado;

import es.tgss.casia.api.AutorizacionDeLaRuta;
import es.tgss.casia.api.Paginacion;
import es.tgss.casia.api.RutaDelCaso;
import es.tgss.casia.api.Versiones;
import es.tgss.casia.caso.CriteriosBusqueda;
import es.tgss.casia.caso.EstadoBuscado;
import es.tgss.casia.caso.Subestado;
import es.tgss.casia.caso.vista.DetalleCaso;
import es.tgss.casia.caso.vista.FilaCaso;
import es.tgss.casia.caso.vista.LineaHistorial;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.catalogo.TipoCaso;
import es.tgss.casia.comun.Pagina;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Gestión de Casos of one autorización, as the portal's: the same search with the same rules, the detail and the
 * history. The autorización in the path is the caller's or the answer is 404 ({@link AutorizacionDeLaRuta}).
 */
@Path(RutaDelCaso.CASOS)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Casos", description = "Casos de una autorización (autorizado RED)")
public class CasosRecurso {

    @Inject
    private VistaDeCasos vista;

    @GET
    @Operation(
            summary = "Buscar casos",
            description = "Como Gestión de Casos: fechas de alta dentro de un mismo mes (por defecto el mes en curso),"
                    + " más recientes primero.")
    public Pagina<FilaCaso> buscar(
            @QueryParam("estado") @Parameter(description = "TODOS, ABIERTOS o CERRADOS") EstadoBuscado estado,
            @QueryParam("desde") @Parameter(description = "Fecha de Alta Desde, AAAA-MM-DD") LocalDate desde,
            @QueryParam("hasta") @Parameter(description = "Fecha de Alta Hasta, AAAA-MM-DD") LocalDate hasta,
            @QueryParam("subestado") Subestado subestado,
            @QueryParam("tipo") TipoCaso tipo,
            @QueryParam("materia") @Parameter(description = "código de la materia") String materia,
            @QueryParam("usuarioAlta") @Parameter(description = "usuario que dio de alta el caso") String usuarioAlta,
            @QueryParam("page") @DefaultValue("0") int pagina,
            @QueryParam("size") @DefaultValue("20") int tamano) {
        Paginacion.comprobar(pagina, tamano);
        return vista.buscar(new CriteriosBusqueda(
                estado, desde, hasta, subestado, tipo, materia, usuarioAlta, null, null, null, pagina, tamano));
    }

    @GET
    @Path(RutaDelCaso.NUMERO)
    @Operation(
            summary = "Detalle de un caso",
            description = "Con su ETag: envíela en If-Match en las acciones que cambian el caso.")
    public Response detalle(@PathParam("numero") String numero) {
        DetalleCaso detalle = vista.detalle(numero);
        return Response.ok(detalle)
                .tag(Versiones.etag(detalle.cabecera().version()))
                .build();
    }

    @GET
    @Path(RutaDelCaso.NUMERO + "/historial")
    @Operation(
            summary = "Historial del caso",
            description = "Quién hizo qué y cuándo, del más antiguo al más reciente.")
    public List<LineaHistorial> historial(@PathParam("numero") String numero) {
        return vista.historial(numero);
    }
}
