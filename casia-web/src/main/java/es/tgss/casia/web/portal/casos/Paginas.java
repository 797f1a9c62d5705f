package es.tgss.casia.web.portal.casos;

import es.tgss.casia.caso.vista.DetalleCaso;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.error.ErrorDeNegocio;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What the pages that act on one case (portal/casos/…?numero=…) do alike. */
final class Paginas {

    private Paginas() {}

    /**
     * The case as its page reads it. A case that does not exist and one of another autorización both answer 404
     * with nothing: nobody learns from the page that a case exists.
     */
    static Optional<DetalleCaso.Cabecera> cabecera(VistaDeCasos vista, String numero) {
        return detalle(vista, numero).map(DetalleCaso::cabecera);
    }

    /** The whole case as its page reads it, answered the same way when it is not found. */
    static Optional<DetalleCaso> detalle(VistaDeCasos vista, String numero) {
        try {
            return Optional.of(vista.detalle(numero));
        } catch (ErrorDeNegocio error) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return Optional.empty();
        }
    }

    /**
     * Post-redirect-get to portal/casos/{pagina}.xhtml of the case, carrying this request's messages in the flash:
     * a refresh of the page reached only reads.
     */
    static void redirigirConMensajes(String pagina, String numero) throws IOException {
        ExternalContext externo = FacesContext.getCurrentInstance().getExternalContext();
        externo.getFlash().setKeepMessages(true);
        externo.redirect(externo.getRequestContextPath() + "/portal/casos/" + pagina + ".xhtml?numero="
                + URLEncoder.encode(numero, StandardCharsets.UTF_8));
    }
}
