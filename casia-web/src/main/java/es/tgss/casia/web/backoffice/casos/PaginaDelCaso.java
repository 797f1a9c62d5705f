package es.tgss.casia.web.backoffice.casos;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The back-office page of one case, backoffice/casos/caso.xhtml?numero=…[&accion=…]. */
public final class PaginaDelCaso {

    private PaginaDelCaso() {}

    /** Post-redirect-get to the case's page, with this request's messages kept in the flash: a refresh only reads. */
    public static void redirigirConMensajes(String numero) throws IOException {
        ExternalContext externo = FacesContext.getCurrentInstance().getExternalContext();
        externo.getFlash().setKeepMessages(true);
        externo.redirect(externo.getRequestContextPath() + "/backoffice/casos/caso.xhtml?numero="
                + URLEncoder.encode(numero, StandardCharsets.UTF_8));
    }
}
