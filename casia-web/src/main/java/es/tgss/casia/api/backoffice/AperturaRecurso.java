package es.tgss.casia.api.backoffice;

import es.tgss.casia.api.Idempotencia;
import es.tgss.casia.caso.Caso;
import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.LineaDatosComplementarios;
import es.tgss.casia.caso.NuevoCaso;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.catalogo.TipoCaso;
import es.tgss.casia.seguridad.Rol;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A tramitador opens a case towards an autorización ({@link CasoService#abrirPorTgss}): it is born in Solicitada
 * Información with the request, the autorizado is told and the 20-day clock starts. The path's parameter is not named
 * {@code autorizacion}: that name makes {@link es.tgss.casia.api.AutorizacionDeLaRuta} check the caller's membership,
 * which is an autorizado's rule, and here the caller is the TGSS (an autorización that does not exist is a field
 * error, as in the back-office form).
 */
@Path("backoffice/autorizaciones/{numeroAutorizacion}/casos")
@RequestScoped
@DelBackoffice
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Back-office")
public class AperturaRecurso {

    /**
     * The back-office's Abrir caso form: the case's fields (as an autorizado's alta, without documents) and the
     * information asked for.
     *
     * @param afectaPeriodoEnCurso "Afecta al Período de Presentación en Curso"
     * @param solicitud            what the autorizado is asked to provide
     */
    public record PeticionDeApertura(
            TipoCaso tipo,
            String materia,
            String categoria,
            String subcategoria,
            Boolean afectaPeriodoEnCurso,
            String titulo,
            String descripcion,
            List<LineaDatosComplementarios> datosComplementarios,
            String solicitud) {}

    /** Thread-safe and costly to make; the body stored for a retry must be the one sent the first time. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private CasoService casos;

    @Inject
    private Idempotencia idempotencia;

    @Inject
    private VistaDeCasos vista;

    @Context
    private UriInfo uri;

    @Context
    private SecurityContext seguridad;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Abrir un caso hacia una autorización",
            description = "El caso nace en Solicitada Información (origen TGSS), asignado al llamante; se avisa al"
                    + " autorizado con la solicitud y el último día para responder.")
    @APIResponse(responseCode = "201", description = "El caso abierto, con su ETag y su dirección en Location")
    @APIResponse(
            responseCode = "400",
            description = "Campos no válidos, autorización inexistente o sin solicitud (un error por campo)")
    @APIResponse(responseCode = "401", description = "Sin token o token no válido")
    @APIResponse(responseCode = "403", description = "El llamante no es tramitador ni supervisor de la TGSS")
    @APIResponse(responseCode = "422", description = "Idempotency-Key ya usada con otra petición")
    public Response abrir(
            @PathParam("numeroAutorizacion") @Parameter(description = "número de la autorización RED")
                    String numeroAutorizacion,
            @HeaderParam(Idempotencia.CABECERA) @Parameter(description = "clave única de la petición (hasta 255)")
                    String cabecera,
            String cuerpo) {
        String clave = Idempotencia.clave(cabecera);
        PeticionDeApertura peticion =
                cuerpo == null || cuerpo.isBlank() ? null : JSON.fromJson(cuerpo, PeticionDeApertura.class);
        PeticionDeApertura p = peticion == null
                ? new PeticionDeApertura(null, null, null, null, null, null, null, null, null)
                : peticion;
        NuevoCaso nuevo = new NuevoCaso(
                p.tipo(),
                p.materia(),
                p.categoria(),
                p.subcategoria(),
                p.afectaPeriodoEnCurso(),
                p.titulo(),
                p.descripcion(),
                p.datosComplementarios(),
                null,
                null);
        // A retry with the same Idempotency-Key gets the first answer and opens nothing (Idempotencia).
        Idempotencia.Respuesta respuesta = idempotencia.ejecutar(
                seguridad.getUserPrincipal().getName(),
                clave,
                Idempotencia.huella("POST", uri.getPath(), List.of(cuerpo == null ? "" : cuerpo)),
                () -> {
                    Caso caso = casos.abrirPorTgss(numeroAutorizacion, nuevo, p.solicitud());
                    DetalleDelBackoffice detalle = DetalleDelBackoffice.de(
                            vista.detalle(caso.getNumero()),
                            vista.mensajes(caso.getNumero()),
                            seguridad.isUserInRole(Rol.Nombre.SUPERVISOR));
                    URI ubicacion = uri.getBaseUriBuilder()
                            .path("backoffice/casos/" + caso.getNumero()) // its slash a slash (RutaDelCaso)
                            .build();
                    return Idempotencia.Respuesta.nueva(201, ubicacion.toString(), JSON.toJson(detalle));
                });
        return respuesta.delCaso();
    }
}
