package es.tgss.casia.web.portal;

import es.tgss.casia.autorizacion.AutorizacionService;
import es.tgss.casia.autorizacion.MiembroAutorizacion;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.web.Mensajes;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * portal/datos-contacto.xhtml — Consulta/Modificación de datos de contacto (manual §2): the e-mail the case notices
 * go to. The usuario principal changes it; a secundario only reads it (the service refuses anyone else anyway).
 */
@Named
@ViewScoped
public class DatosContactoBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AutorizacionService autorizacionService;

    @Inject
    private AutorizacionElegida autorizacionElegida;

    private boolean principal;
    private String emailActual;
    private String email;

    public void cargar() {
        // The filter guarantees a chosen autorización; the membership is read again because it may have changed.
        autorizacionService.elegir(autorizacionElegida.getNumero()).ifPresent(this::leer);
    }

    private void leer(MiembroAutorizacion miembro) {
        principal = miembro.isPrincipal();
        emailActual = miembro.getAutorizacion().getEmailContacto().orElse(null);
        email = emailActual;
    }

    /** Guardar: back to this page by a redirect, so that a reload does not send the form again. */
    public void guardar() throws IOException {
        try {
            autorizacionService.cambiarEmailContacto(autorizacionElegida.getNumero(), email);
        } catch (ErrorDeNegocio error) {
            Mensajes.error(error);
            return;
        }
        Mensajes.info(email == null || email.isBlank() ? "contacto.guardado.sinEmail" : "contacto.guardado");
        ExternalContext externo = FacesContext.getCurrentInstance().getExternalContext();
        externo.getFlash().setKeepMessages(true);
        externo.redirect(externo.getRequestContextPath() + "/portal/datos-contacto.xhtml");
    }

    public boolean isPrincipal() {
        return principal;
    }

    public String getEmailActual() {
        return emailActual;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
