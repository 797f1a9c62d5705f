package es.tgss.casia.api.autorizado;

import es.tgss.casia.api.Paginacion;
import es.tgss.casia.autorizacion.AutorizacionDelUsuario;
import es.tgss.casia.autorizacion.AutorizacionService;
import es.tgss.casia.comun.Pagina;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The autorizaciones RED the caller belongs to: where every other autorizado path starts. */
@Path("autorizaciones")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Autorizaciones", description = "Autorizaciones RED del usuario")
public class AutorizacionesRecurso {

    @Inject
    private AutorizacionService autorizaciones;

    @GET
    @Operation(summary = "Mis autorizaciones", description = "Por número; page desde 0, size hasta 100.")
    public Pagina<AutorizacionDelUsuario> mias(
            @QueryParam("page") @DefaultValue("0") int pagina, @QueryParam("size") @DefaultValue("20") int tamano) {
        Paginacion.comprobar(pagina, tamano);
        return autorizaciones.misAutorizaciones(pagina, tamano);
    }
}
