package es.tgss.casia.api.autorizado;

import es.tgss.casia.api.AutorizacionDeLaRuta;
import es.tgss.casia.api.ProblemaDeLaApi;
import es.tgss.casia.api.TipoDeProblema;
import es.tgss.casia.autorizacion.AutorizacionService;
import es.tgss.casia.autorizacion.MiembroAutorizacion;
import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.Mensaje;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Consulta/Modificación de datos de contacto of the autorización in the path: the e-mail every notice about its cases
 * goes to. Every user of the autorización reads it; only its usuario principal changes it (the service's rule), and
 * anyone else is told 403: they may see the autorización, just not do this.
 */
@Path("autorizaciones/{" + AutorizacionDeLaRuta.PARAMETRO + "}/contacto")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Autorizaciones", description = "Autorizaciones RED del usuario")
public class ContactoRecurso {

    /**
     * @param email       null when the autorización has none (then no notice is mailed)
     * @param modificable whether the caller, its usuario principal, may change it
     */
    public record Contacto(String autorizacion, String email, boolean modificable) {}

    /** The new contact e-mail; empty or null: none, no notices. */
    public record CambioDeContacto(String email) {}

    /** The service's refusal of a user who is not the principal: the API says 403, not 404. */
    private static final String SOLO_PRINCIPAL = "acceso.soloPrincipal";

    @Inject
    private AutorizacionService autorizaciones;

    @GET
    @Operation(summary = "Datos de contacto", description = "El correo electrónico de contacto de la autorización.")
    @APIResponse(responseCode = "200", description = "El contacto")
    @APIResponse(responseCode = "404", description = "Autorización inexistente o de la que no es usuario")
    public Contacto consultar(@PathParam(AutorizacionDeLaRuta.PARAMETRO) String autorizacion) {
        MiembroAutorizacion miembro = autorizaciones
                .elegir(autorizacion)
                .orElseThrow(
                        () -> new ErrorDeNegocio(CodigoError.ACCESO_NO_PERMITIDO, "acceso.noDeAlta", autorizacion));
        return new Contacto(
                autorizacion, miembro.getAutorizacion().getEmailContacto().orElse(null), miembro.isPrincipal());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Modificar los datos de contacto",
            description = "Solo el usuario principal. Un correo vacío deja la autorización sin avisos por correo.")
    @APIResponse(responseCode = "200", description = "El contacto tras el cambio")
    @APIResponse(responseCode = "400", description = "Correo electrónico no válido (campo email)")
    @APIResponse(responseCode = "403", description = "No es el usuario principal de la autorización")
    @APIResponse(responseCode = "404", description = "Autorización inexistente o de la que no es usuario")
    public Contacto cambiar(@PathParam(AutorizacionDeLaRuta.PARAMETRO) String autorizacion, CambioDeContacto cuerpo) {
        if (cuerpo == null) {
            // An empty body would clear the e-mail by accident: clearing it is said with "email": "".
            throw ErrorDeNegocio.enCampo("email", "api.contacto.obligatorio");
        }
        try {
            autorizaciones.cambiarEmailContacto(autorizacion, cuerpo.email());
        } catch (ErrorDeNegocio error) {
            if (error.codigo() == CodigoError.ACCESO_NO_PERMITIDO
                    && error.mensaje()
                            .map(Mensaje::clave)
                            .filter(SOLO_PRINCIPAL::equals)
                            .isPresent()) {
                throw new ProblemaDeLaApi(
                        TipoDeProblema.SIN_PERMISO, error.mensaje().get());
            }
            throw error;
        }
        return consultar(autorizacion);
    }
}
