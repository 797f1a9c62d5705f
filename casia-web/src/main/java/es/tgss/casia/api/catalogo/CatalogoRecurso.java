package es.tgss.casia.api.catalogo;

import es.tgss.casia.catalogo.CatalogoService;
import es.tgss.casia.catalogo.DocumentoDeTramite;
import es.tgss.casia.catalogo.TipoCaso;
import es.tgss.casia.error.ErrorDeNegocio;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The catalogue a case is classified with, as the Nuevo caso form offers it: active entries only, in the catalogue's
 * order, by código and name. For autorizados and the TGSS (the service says who; the catalogue is not public).
 */
@Path("catalogo")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catálogo", description = "Materias, categorías, subcategorías y tipos de documento para dar de alta casos")
@APIResponse(responseCode = "401", description = "Sin token")
@APIResponse(responseCode = "403", description = "Perfil sin acceso al catálogo")
public class CatalogoRecurso {

    /** One entry of a level of the catalogue: what a case sends (código) and what a person reads (nombre). */
    @Schema(name = "EntradaDelCatalogo")
    public record Entrada(
            @Schema(example = "COTIZACION") String codigo,
            @Schema(example = "Cotización") String nombre) {}

    @Inject
    private CatalogoService catalogo;

    @GET
    @Path("materias")
    @Operation(summary = "Materias de un tipo de caso", description = "Las que ofrece Nuevo caso para ese tipo.")
    @APIResponse(responseCode = "200", description = "Materias en su orden")
    @APIResponse(responseCode = "400", description = "Falta el tipo o no es válido")
    public List<Entrada> materias(
            @QueryParam("tipo") @Parameter(description = "CONSULTA, ERROR_INCIDENCIA o TRAMITE", required = true)
                    TipoCaso tipo) {
        obligatorio("tipo", tipo);
        return catalogo.materias(tipo).stream()
                .map(m -> new Entrada(m.getCodigo(), m.getNombre()))
                .toList();
    }

    @GET
    @Path("categorias")
    @Operation(summary = "Categorías de una materia", description = "Las de esa materia para ese tipo de caso.")
    @APIResponse(responseCode = "200", description = "Categorías en su orden; ninguna si la materia no existe")
    @APIResponse(responseCode = "400", description = "Falta el tipo o la materia, o el tipo no es válido")
    public List<Entrada> categorias(
            @QueryParam("tipo") @Parameter(description = "CONSULTA, ERROR_INCIDENCIA o TRAMITE", required = true)
                    TipoCaso tipo,
            @QueryParam("materia") @Parameter(description = "código de la materia", required = true) String materia) {
        obligatorio("tipo", tipo);
        obligatorio("materia", materia);
        return catalogo.categorias(tipo, materia.strip()).stream()
                .map(c -> new Entrada(c.getCodigo(), c.getNombre()))
                .toList();
    }

    @GET
    @Path("subcategorias")
    @Operation(
            summary = "Subcategorías de una categoría",
            description = "Vacía si la categoría no tiene: el caso se da de alta sin subcategoría.")
    @APIResponse(responseCode = "200", description = "Subcategorías en su orden")
    @APIResponse(responseCode = "400", description = "Falta la categoría")
    public List<Entrada> subcategorias(
            @QueryParam("categoria") @Parameter(description = "código de la categoría", required = true)
                    String categoria) {
        obligatorio("categoria", categoria);
        return catalogo.subcategorias(categoria.strip()).stream()
                .map(s -> new Entrada(s.getCodigo(), s.getNombre()))
                .toList();
    }

    @GET
    @Path("tipos-documento")
    @Operation(
            summary = "Tipos de documento",
            description = "Los de Anexar Información, para documentos[].tipoDocumento.")
    @APIResponse(responseCode = "200", description = "Tipos de documento en su orden")
    public List<Entrada> tiposDocumento() {
        return catalogo.tiposDocumento().stream()
                .map(t -> new Entrada(t.getCodigo(), t.getNombre()))
                .toList();
    }

    @GET
    @Path("documentacion")
    @Operation(
            summary = "Documentación de un trámite",
            description = "Los documentos que pide una Solicitud de Trámite: los de la subcategoría o, sin ella, los de"
                    + " la categoría.")
    @APIResponse(responseCode = "200", description = "Documentos en su orden, cada uno obligatorio o no")
    @APIResponse(responseCode = "400", description = "Falta la categoría")
    public List<DocumentoDeTramite> documentacion(
            @QueryParam("categoria") @Parameter(description = "código de la categoría", required = true)
                    String categoria,
            @QueryParam("subcategoria") @Parameter(description = "código de la subcategoría") String subcategoria) {
        obligatorio("categoria", categoria);
        return catalogo.documentacion(categoria.strip(), subcategoria == null ? null : subcategoria.strip());
    }

    private static void obligatorio(String parametro, Object valor) {
        if (valor == null || (valor instanceof String texto && texto.isBlank())) {
            throw ErrorDeNegocio.enCampo(parametro, "api.parametroObligatorio");
        }
    }
}
