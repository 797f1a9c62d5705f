package es.tgss.casia.web.portal;

import es.tgss.casia.autorizacion.MiembroAutorizacion;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The autorización the user chose: the only state the portal keeps in the session. Everything the user does
 * afterwards refers to it.
 */
@Named
@SessionScoped
public class AutorizacionElegida implements Serializable {

    private String numero;
    private String razonSocial;

    void elegir(MiembroAutorizacion miembro) {
        numero = miembro.getAutorizacion().getNumero();
        razonSocial = miembro.getAutorizacion().getRazonSocial();
    }

    public boolean isElegida() {
        return numero != null;
    }

    public String getNumero() {
        return numero;
    }

    public String getRazonSocial() {
        return razonSocial;
    }
}
