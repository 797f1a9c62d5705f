package es.tgss.casia.web;

import es.tgss.casia.seguridad.Rol;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;

/** index.xhtml: sends each user to the home of their audience (portal, back-office or operations). */
@Named
@RequestScoped
public class InicioBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    public void dirigir() throws IOException {
        ExternalContext externo = facesContext.getExternalContext();
        String destino;
        if (securityContext.isCallerInRole(Rol.Nombre.AUTORIZADO)) {
            destino = "/portal/autorizaciones.xhtml";
        } else if (securityContext.isCallerInRole(Rol.Nombre.TRAMITADOR)
                || securityContext.isCallerInRole(Rol.Nombre.SUPERVISOR)) {
            destino = "/backoffice/index.xhtml";
        } else if (securityContext.isCallerInRole(Rol.Nombre.OPS)) {
            destino = "/ops/index.xhtml";
        } else {
            externo.responseSendError(403, null);
            facesContext.responseComplete();
            return;
        }
        externo.redirect(externo.getRequestContextPath() + destino);
    }
}
