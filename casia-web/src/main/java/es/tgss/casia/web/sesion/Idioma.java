package es.tgss.casia.web.sesion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;

/**
 * The language of the page: Spanish, the manual's language, unless the browser puts English before Spanish.
 * (Without this, a request with no Accept-Language would get the server's default locale.) {@link IdiomaViewHandler}
 * gives it to each view from the start, so that messages made before the page renders speak it too.
 */
@Named
@RequestScoped
public class Idioma {

    static final Locale ESPANOL = Locale.forLanguageTag("es-ES");

    @Inject
    private HttpServletRequest peticion;

    public Locale getLocale() {
        return de(peticion);
    }

    static Locale de(HttpServletRequest peticion) {
        if (peticion.getHeader("Accept-Language") == null) {
            return ESPANOL;
        }
        for (Locale locale : Collections.list(peticion.getLocales())) {
            if ("es".equals(locale.getLanguage())) {
                return ESPANOL;
            }
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return ESPANOL;
    }
}
