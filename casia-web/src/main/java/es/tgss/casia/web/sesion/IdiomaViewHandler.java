package es.tgss.casia.web.sesion;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Every view gets {@link Idioma}'s language when it is created. The standard rule picks the server's default locale
 * for a request without Accept-Language (English on many servers), and {@code <f:view locale>} applies only when the
 * page renders: a message added by a view action, before that, came out in English on a Spanish page.
 */
public class IdiomaViewHandler extends ViewHandlerWrapper {

    public IdiomaViewHandler(ViewHandler envuelto) {
        super(envuelto);
    }

    @Override
    public Locale calculateLocale(FacesContext contexto) {
        return Idioma.de((HttpServletRequest) contexto.getExternalContext().getRequest());
    }
}
