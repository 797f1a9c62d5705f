package es.tgss.casia.web.backoffice;

import es.tgss.casia.caso.Subestado;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.panel.FilaValoracion;
import es.tgss.casia.panel.Panel;
import es.tgss.casia.panel.PanelService;
import es.tgss.casia.panel.TramoDeAntiguedad;
import es.tgss.casia.panel.UnidadDelPanel;
import es.tgss.casia.seguridad.Rol;
import es.tgss.casia.web.Mensajes;
import es.tgss.casia.web.sesion.Idioma;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * backoffice/panel.xhtml?unidad=… — the Panel of the unidad named (a supervisor's choice; none: every unidad) or of
 * the tramitador's own. A page of reading only, built on each GET: nothing of it outlives the request.
 */
@Named
@RequestScoped
public class PanelBacking {

    private static final List<Integer> PUNTUACIONES = List.of(1, 2, 3, 4, 5);

    @Inject
    private PanelService panelService;

    @Inject
    private Idioma idioma;

    private String unidad;
    private Panel panel;
    private List<UnidadDelPanel> unidades;

    public void cargar() {
        try {
            panel = panelService.panel(unidad);
        } catch (ErrorDeNegocio e) {
            Mensajes.error(e);
        }
    }

    public String getUnidad() {
        return unidad;
    }

    public void setUnidad(String unidad) {
        this.unidad = unidad;
    }

    /** Null when the service refused the view (the page then shows only why). */
    public Panel getPanel() {
        return panel;
    }

    public boolean isSupervisor() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Rol.Nombre.SUPERVISOR);
    }

    public List<UnidadDelPanel> getUnidades() {
        if (unidades == null) {
            unidades = panelService.unidades();
        }
        return unidades;
    }

    /** "DP-28 · Dirección Provincial de Madrid" for the unidad shown. */
    public String getNombreDeLaUnidad() {
        return getUnidades().stream()
                .filter(u -> u.codigo().equals(panel.unidad()))
                .map(u -> u.codigo() + " · " + u.nombre())
                .findFirst()
                .orElse(panel.unidad());
    }

    public List<Subestado> getSubestados() {
        return PanelService.SUBESTADOS_ABIERTOS;
    }

    public List<TramoDeAntiguedad> getTramos() {
        return List.of(TramoDeAntiguedad.values());
    }

    public List<Integer> getPuntuaciones() {
        return PUNTUACIONES;
    }

    /** The average with two decimals in the page's language ("4,25"); empty with no rated case. */
    public String media(FilaValoracion fila) {
        return PanelCsv.media(fila, idioma.getLocale());
    }

    /** The CSV of the view shown: the same unidad (none: every unidad). */
    public String getEnlaceCsv() {
        String raiz = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return raiz
                + PanelCsvServlet.RUTA
                + (panel == null || panel.unidad() == null ? "" : "?unidad=" + codificar(panel.unidad()));
    }

    /** A value for a query string (a número de caso has a slash). */
    public String codificar(String valor) {
        return URLEncoder.encode(valor, StandardCharsets.UTF_8);
    }
}
