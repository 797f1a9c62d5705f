package es.tgss.casia.web.portal.casos;

import es.tgss.casia.caso.Subestado;
import es.tgss.casia.caso.vista.DetalleCaso;
import es.tgss.casia.caso.vista.LineaHistorial;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.error.ErrorDeNegocio;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/**
 * portal/casos/caso.xhtml?numero=… — one case of the autorización (manual §5.2 and §5.2.3): its data, datos
 * complementarios, documents and justificantes to download, where it stands, the deadline when information is
 * requested, the answer once closed, and its Consulta de Histórico. The page the notices' e-mails link to. The
 * confirmation of a Valoración (valorado.xhtml) reads the case through it too.
 */
@Named
@RequestScoped // a page of links only, read on each GET: nothing of it outlives the request
public class CasoBacking {

    @Inject
    private VistaDeCasos vista;

    private String numero;
    private DetalleCaso detalle;
    private List<LineaHistorial> historial;

    /**
     * A case that does not exist and one of another autorización get the same page, answered as 404: nobody learns
     * from it that a case exists.
     */
    public void cargar() {
        try {
            detalle = vista.detalle(numero);
            historial = vista.historial(numero);
        } catch (ErrorDeNegocio error) {
            detalle = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The deadline is shown only while the information is awaited; an answered request has none left. */
    public boolean isPlazoVisible() {
        return detalle.cabecera().subestado() == Subestado.SOLICITADA_INFORMACION
                && detalle.ultimoDiaRespuesta() != null;
    }

    public boolean isEncontrado() {
        return detalle != null;
    }

    public DetalleCaso getDetalle() {
        return detalle;
    }

    public List<LineaHistorial> getHistorial() {
        return historial;
    }

    public String getNumero() {
        return numero;
    }

    public void setNumero(String numero) {
        this.numero = numero;
    }
}
