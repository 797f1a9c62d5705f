package es.tgss.casia.api.tokens;

import es.tgss.casia.seguridad.token.TokenCreado;
import es.tgss.casia.seguridad.token.TokenVisible;
import es.tgss.casia.seguridad.token.TokensDeApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's personal tokens. Making one is the only request that accepts the password (HTTP Basic), so that a
 * payroll program can get its token without a browser; every other request sends the token.
 */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens", description = "Tokens personales de acceso a la API")
public class TokensRecurso {

    /** What a new token is asked for with. */
    public record PeticionDeToken(String nombre, Integer dias) {}

    @Inject
    private TokensDeApi tokens;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Crear un token",
            description = "Devuelve el token una sola vez (campo token). Admite la contraseña por HTTP Basic.")
    public Response crear(PeticionDeToken peticion) {
        PeticionDeToken datos = peticion == null ? new PeticionDeToken(null, null) : peticion;
        TokenCreado creado = tokens.crear(datos.nombre(), datos.dias());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(creado.datos().id()))
                        .build())
                .entity(creado)
                .build();
    }

    @GET
    @Operation(summary = "Mis tokens", description = "Los más recientes primero; nunca el token, solo su prefijo.")
    public List<TokenVisible> mios() {
        return tokens.mios();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revocar un token", description = "Desde la siguiente petición no autentica a nadie.")
    public TokenVisible revocar(@PathParam("id") long id) {
        return tokens.revocar(id);
    }
}
