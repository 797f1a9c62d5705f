package es.tgss.casia.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The "Salir" button of every template: ends the session and goes back to the login page. */
@Named
@RequestScoped
public class SalirBacking {

    @Inject
    private FacesContext facesContext;

    public void salir() throws ServletException, IOException {
        ExternalContext externo = facesContext.getExternalContext();
        ((HttpServletRequest) externo.getRequest()).logout();
        externo.invalidateSession();
        externo.redirect(externo.getRequestContextPath() + "/");
    }
}
