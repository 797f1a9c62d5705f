package es.tgss.casia.api.ops;

import es.tgss.casia.api.ProblemaDeLaApi;
import es.tgss.casia.api.TipoDeProblema;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.Mensaje;
import es.tgss.casia.lote.ProgramacionNocturna;
import es.tgss.casia.seguridad.Rol;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The nightly jobs for operations, as the operations page: the latest runs, launching tonight's or a missed night,
 * stopping a running one and restarting a failed, stopped or interrupted one. {@link ProgramacionNocturna} decides
 * everything (who may, which night, what can be stopped or restarted); this only speaks HTTP.
 */
@Path("ops/trabajos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operación", description = "Trabajos nocturnos y buzón de avisos (perfil de operación)")
public class TrabajosRecurso {

    /** The most runs one request lists: a month and a half of nights. */
    static final int MAXIMO = 50;

    /** What a launch may carry: the night to run, or none for tonight's. */
    @Schema(name = "PeticionDeEjecucion", description = "La noche que se ejecuta; sin ella, la de hoy")
    public record PeticionDeEjecucion(
            @Schema(
                    type = SchemaType.STRING,
                    format = "date",
                    description = "Noche (AAAA-MM-DD) de los últimos 31 días, no futura; sin ella, hoy",
                    example = "2026-11-20")
            LocalDate fechaReferencia) {}

    /** The field the API names the night with (the service calls it by the operations page's field). */
    static final String CAMPO_FECHA_REFERENCIA = "fechaReferencia";

    /** The service's message for an execution that does not exist. */
    private static final String NO_ENCONTRADA = "lote.noEncontrada";

    @Inject
    private ProgramacionNocturna programacion;

    @Context
    private UriInfo uri;

    @Context
    private SecurityContext seguridad;

    @GET
    @Path("ejecuciones")
    @Operation(
            summary = "Últimas ejecuciones",
            description = "Las noches más recientes primero, cada una con su estado, pasos, recuentos, duración y"
                    + " errores.")
    public EjecucionDeTrabajo.Lista ultimas(
            @QueryParam("size") @DefaultValue("14") @Parameter(description = "Cuántas, de 1 a 50") int tamano) {
        if (tamano < 1 || tamano > MAXIMO) {
            throw ErrorDeNegocio.enCampos(Map.of("size", Mensaje.de("api.size", MAXIMO)));
        }
        return new EjecucionDeTrabajo.Lista(programacion.ultimas(tamano).stream()
                .map(EjecucionDeTrabajo::de)
                .toList());
    }

    @GET
    @Path("ejecuciones/{id}")
    @Operation(summary = "Una ejecución", description = "La noche cuya fila nombra esa ejecución.")
    public EjecucionDeTrabajo ejecucion(@PathParam("id") long id) {
        return programacion
                .ejecucion(id)
                .map(EjecucionDeTrabajo::de)
                .orElseThrow(() -> new ProblemaDeLaApi(TipoDeProblema.NO_ENCONTRADO, Mensaje.de(NO_ENCONTRADA, id)));
    }

    @POST
    @Path("{trabajo}/ejecuciones")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Lanzar un trabajo",
            description = "El cierre de oficio de esta noche, o el de una noche no procesada de los últimos 31 días"
                    + " (fechaReferencia). Una vez por noche: si ya se lanzó, 409; si falló, reanude su ejecución."
                    + " Responde 201 con la ejecución y su Location.")
    public Response lanzar(
            @PathParam("trabajo") @Parameter(description = "Nombre del trabajo", example = "cierre-de-oficio")
                    String trabajo,
            PeticionDeEjecucion peticion) {
        // The role first: a caller who may launch nothing learns nothing of which jobs exist.
        if (!seguridad.isUserInRole(Rol.Nombre.OPS)) {
            throw new ForbiddenException();
        }
        if (!ProgramacionNocturna.CIERRE_DE_OFICIO.equals(trabajo)) {
            throw new ProblemaDeLaApi(TipoDeProblema.NO_ENCONTRADO, Mensaje.de("api.ops.trabajoNoEncontrado", trabajo));
        }
        LocalDate fecha = peticion == null ? null : peticion.fechaReferencia();
        OptionalLong id = fecha == null ? programacion.lanzarAhora() : lanzarPara(fecha);
        if (id.isEmpty()) {
            throw new ProblemaDeLaApi(
                    TipoDeProblema.EJECUCION_NO_PERMITIDA,
                    Mensaje.de("api.ops.yaLanzada", trabajo, fecha == null ? "hoy" : fecha.toString()));
        }
        return creada(id.getAsLong());
    }

    @POST
    @Path("ejecuciones/{id}/detencion")
    @Operation(
            summary = "Detener una ejecución",
            description = "Termina DETENIDA (STOPPED) tras su bloque en curso y se puede reanudar. 202: la detención"
                    + " está pedida; 409 si no está en curso.")
    public Response detener(@PathParam("id") long id) {
        try {
            programacion.detener(id);
        } catch (ErrorDeNegocio e) {
            throw siNoExiste(e);
        } catch (EJBException e) {
            throw siNoSePudo(e, "lote.noDetenible", id);
        }
        return Response.accepted(ejecucion(id)).build();
    }

    @POST
    @Path("ejecuciones/{id}/reanudacion")
    @Operation(
            summary = "Reanudar una ejecución",
            description = "Una fallida o detenida, desde su último punto de control; una interrumpida, de nuevo con"
                    + " los mismos parámetros. 201 con la nueva ejecución; 409 si no se puede reanudar.")
    public Response reanudar(@PathParam("id") long id) {
        long nueva;
        try {
            nueva = programacion.reanudar(id);
        } catch (ErrorDeNegocio e) {
            throw siNoExiste(e);
        } catch (EJBException e) {
            throw siNoSePudo(e, "lote.noReanudable", id);
        }
        return creada(nueva);
    }

    /** The service names the night "fecha", as the operations page's field; the API's request calls it otherwise. */
    private OptionalLong lanzarPara(LocalDate fecha) {
        try {
            return programacion.lanzarPara(fecha);
        } catch (ErrorDeNegocio e) {
            Mensaje enLaFecha = e.errores().get(ProgramacionNocturna.CAMPO_FECHA);
            if (enLaFecha == null) {
                throw e;
            }
            throw ErrorDeNegocio.enCampos(Map.of(CAMPO_FECHA_REFERENCIA, enLaFecha));
        }
    }

    private Response creada(long id) {
        URI ubicacion = uri.getBaseUriBuilder()
                .path(TrabajosRecurso.class)
                .path("ejecuciones/{id}")
                .build(id);
        return Response.created(ubicacion)
                .entity(programacion.ejecucion(id).map(EjecucionDeTrabajo::de).orElse(null))
                .build();
    }

    /**
     * The service refuses an execution that does not exist as it refuses one in the wrong state; the API answers 404
     * for what does not exist, as everywhere else.
     */
    private static RuntimeException siNoExiste(ErrorDeNegocio e) {
        return e.mensaje()
                .filter(m -> NO_ENCONTRADA.equals(m.clave()))
                .<RuntimeException>map(m -> new ProblemaDeLaApi(TipoDeProblema.NO_ENCONTRADO, m))
                .orElse(e);
    }

    /**
     * The batch runtime refused the stop or the restart (the run ended or was restarted meanwhile): a 409 as the
     * service's own refusal, not a 500. Anything else, a refused role included, goes on as it was.
     */
    private static RuntimeException siNoSePudo(EJBException e, String clave, long id) {
        if (e.getCause() instanceof BatchRuntimeException) {
            return new ProblemaDeLaApi(TipoDeProblema.EJECUCION_NO_PERMITIDA, Mensaje.de(clave, id));
        }
        return e;
    }
}
