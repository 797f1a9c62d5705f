package es.tgss.casia.web.sesion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The language of the page: the one the user chose with the header's link (kept in the cookie {@value #COOKIE} by
 * {@link CambioDeIdiomaFilter}), else Spanish, the manual's language, unless the browser puts English before Spanish.
 * (Without this, a request with no Accept-Language would get the server's default locale.) {@link IdiomaViewHandler}
 * gives it to each view from the start, so that messages made before the page renders speak it too.
 */
@Named
@RequestScoped
public class Idioma {

    static final Locale ESPANOL = Locale.forLanguageTag("es-ES");
    static final String COOKIE = "casia-idioma";
    static final String PARAMETRO = "idioma";

    @Inject
    private HttpServletRequest peticion;

    public Locale getLocale() {
        return de(peticion);
    }

    /** The language the header's link offers: the other one. */
    public Locale getOtro() {
        return otro(getLocale());
    }

    /**
     * The link to this same page in the other language. Only the parameter: the page's own query is taken back from
     * the Referer by {@link CambioDeIdiomaFilter}, so that nothing the address holds (a número de caso) is written
     * into the page. Relative, the browser keeps the address it shows, which on the login page is the page that
     * asked for the login, not login.xhtml.
     */
    public String getEnlaceAlOtro() {
        return "?" + PARAMETRO + "=" + getOtro().getLanguage();
    }

    static Locale de(HttpServletRequest peticion) {
        List<Locale> delNavegador =
                peticion.getHeader("Accept-Language") == null ? List.of() : Collections.list(peticion.getLocales());
        return elegir(elegido(peticion), delNavegador);
    }

    /**
     * The choice: the language chosen with the link when it is one CASIA speaks, else the first of Spanish and
     * English in the browser's list, else Spanish.
     */
    static Locale elegir(Optional<String> elegido, List<Locale> delNavegador) {
        Optional<Locale> delUsuario = elegido.flatMap(Idioma::hablado);
        if (delUsuario.isPresent()) {
            return delUsuario.get();
        }
        return delNavegador.stream()
                .map(Locale::getLanguage)
                .flatMap(idioma -> hablado(idioma).stream())
                .findFirst()
                .orElse(ESPANOL);
    }

    /** The language CASIA speaks with this code ("es" or "en"), if any. */
    static Optional<Locale> hablado(String codigo) {
        return switch (codigo) {
            case "es" -> Optional.of(ESPANOL);
            case "en" -> Optional.of(Locale.ENGLISH);
            default -> Optional.empty();
        };
    }

    static Locale otro(Locale idioma) {
        return "en".equals(idioma.getLanguage()) ? ESPANOL : Locale.ENGLISH;
    }

    private static Optional<String> elegido(HttpServletRequest peticion) {
        Cookie[] cookies = peticion.getCookies();
        return cookies == null
                ? Optional.empty()
                : Stream.of(cookies)
                        .filter(c -> COOKIE.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst();
    }
}
