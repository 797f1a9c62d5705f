package es.tgss.casia.web.backoffice;

import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.panel.Panel;
import es.tgss.casia.panel.PanelService;
import es.tgss.casia.web.descarga.CabecerasDeDescarga;
import es.tgss.casia.web.sesion.Idioma;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /backoffice/panel.csv?unidad=…}: Exportar CSV of the Panel, the view the page shows for that unidad (none:
 * every unidad, for a supervisor; a tramitador's own). Under /backoffice/, so web.xml lets only the TGSS in;
 * {@link PanelService} applies the same scope as to the page, so a tramitador naming another unidad gets a 403.
 * Built whole in memory: a few hundred rows at most.
 */
@WebServlet(PanelCsvServlet.RUTA)
public class PanelCsvServlet extends HttpServlet {

    static final String RUTA = "/backoffice/panel.csv";
    private static final long serialVersionUID = 1L;

    @Inject
    private PanelService panelService;

    @Inject
    private Idioma idioma;

    @Override
    protected void doGet(HttpServletRequest peticion, HttpServletResponse respuesta) throws IOException {
        Panel panel;
        try {
            panel = panelService.panel(peticion.getParameter("unidad"));
        } catch (ErrorDeNegocio e) {
            respuesta.sendError(
                    e.codigo() == CodigoError.ACCESO_NO_PERMITIDO
                            ? HttpServletResponse.SC_FORBIDDEN
                            : HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            respuesta.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] csv = PanelCsv.de(panel, idioma.getLocale());
        CabecerasDeDescarga.aplicar(respuesta, PanelCsv.nombreFichero(panel), "text/csv", csv.length);
        // Text of CASIA's own, unlike a stored document: its encoding is said.
        respuesta.setCharacterEncoding("UTF-8");
        respuesta.getOutputStream().write(csv);
    }
}
