package es.tgss.casia.web.portal.casos;

import es.tgss.casia.caso.vista.DetalleCaso;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.web.Mensajes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * portal/casos/alta.xhtml — the confirmation of the alta (manual §5.1.2): the número de caso and, for a Trámite,
 * its Justificante de solicitud de trámite. Reached by a redirect after Finalizar Alta, so a refresh only reads.
 */
@Named
@RequestScoped
public class AltaBacking {

    @Inject
    private VistaDeCasos vista;

    private String numero;
    private DetalleCaso caso;

    public void cargar() {
        if (numero == null || numero.isBlank()) {
            Mensajes.error("alta.sinNumero");
            return;
        }
        try {
            caso = vista.detalle(numero);
        } catch (ErrorDeNegocio error) {
            Mensajes.error(error);
        }
    }

    public String getNumero() {
        return numero;
    }

    public void setNumero(String numero) {
        this.numero = numero;
    }

    public DetalleCaso getCaso() {
        return caso;
    }
}
