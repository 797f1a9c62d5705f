package es.tgss.casia.api.backoffice;

import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

/**
 * The back-office is the TGSS's: 401 without a credential, 403 for anyone else (an autorizado's token), before any
 * service is called. The services check the roles again; this is needed because some reads the back-office shares
 * with the portal ({@link es.tgss.casia.caso.vista.VistaDeCasos#detalle}) also admit an autorizado, who would get
 * their own view of their own cases under a back-office path instead of a refusal.
 */
@Provider
@DelBackoffice
@Priority(Priorities.AUTHORIZATION)
public class AccesoAlBackoffice implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext peticion) {
        SecurityContext seguridad = peticion.getSecurityContext();
        if (seguridad.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Bearer");
        }
        if (!seguridad.isUserInRole(Rol.Nombre.TRAMITADOR) && !seguridad.isUserInRole(Rol.Nombre.SUPERVISOR)) {
            throw new ForbiddenException();
        }
    }
}
