package es.tgss.casia.api;

import es.tgss.casia.autorizacion.AutorizacionEnCurso;
import es.tgss.casia.autorizacion.AutorizacionService;
import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * An autorizado acts in the autorización the path names ({@code /autorizaciones/{autorizacion}/…}): it becomes the
 * request's {@link AutorizacionEnCurso}, and one the caller does not belong to answers 404 before anything else, the
 * same as one that does not exist (the services check membership again on every command).
 */
@Provider
public class AutorizacionDeLaRuta implements ContainerRequestFilter {

    public static final String PARAMETRO = "autorizacion";

    @Inject
    private AutorizacionEnCurso enCurso;

    @Inject
    private AutorizacionService autorizaciones;

    @Override
    public void filter(ContainerRequestContext peticion) {
        List<String> numero = peticion.getUriInfo().getPathParameters().get(PARAMETRO);
        if (numero == null || numero.isEmpty()) {
            return;
        }
        enCurso.actuarEn(numero.get(0));
        if (!autorizaciones.perteneceA(numero.get(0))) {
            throw new ErrorDeNegocio(CodigoError.ACCESO_NO_PERMITIDO, "acceso.noDeAlta", numero.get(0));
        }
    }
}
