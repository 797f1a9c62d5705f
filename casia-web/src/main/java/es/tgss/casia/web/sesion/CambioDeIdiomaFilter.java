package es.tgss.casia.web.sesion;

import es.tgss.casia.configuracion.Configuracion;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The header's language link: a GET with {@code ?idioma=en} (or {@code es}) keeps the choice in the cookie
 * {@value Idioma#COOKIE} and sends the browser back to the same page without the parameter, so that reloading or
 * bookmarking it does not choose again. Also on the container's forward to the login page: the link works before
 * the login too, and the page asked for is asked for again, now in the chosen language.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class CambioDeIdiomaFilter extends HttpFilter {

    /** A year: the choice is a preference, not session state. */
    private static final int DURACION = (int) Duration.ofDays(365).toSeconds();

    @Inject
    private Configuracion configuracion;

    @Override
    protected void doFilter(HttpServletRequest peticion, HttpServletResponse respuesta, FilterChain cadena)
            throws IOException, ServletException {
        // The method first: asked for a parameter, a multipart POST would be read whole, before LimiteDeSubidaFilter.
        String pedido = "GET".equals(peticion.getMethod()) ? peticion.getParameter(Idioma.PARAMETRO) : null;
        if (pedido == null) {
            cadena.doFilter(peticion, respuesta);
            return;
        }
        // An unknown code changes nothing, but the parameter still goes: the page is shown as if never asked.
        Idioma.hablado(pedido).ifPresent(idioma -> respuesta.addCookie(cookie(peticion, idioma.getLanguage())));
        respuesta.setStatus(HttpServletResponse.SC_SEE_OTHER);
        respuesta.setHeader(
                "Location", destino(rutaOriginal(peticion), consultaOriginal(peticion), peticion.getHeader("Referer")));
    }

    /**
     * Where the browser goes back to: the last segment of the path it asked for, relative, with the rest of its
     * query, or else the query of the page the link was on (the Referer, when it is the same page: the link itself
     * carries only the parameter). Relative and starting with "./", it can only name a page beside the current one
     * on the same site, whatever the path holds ("//host", "javascript:"): no open redirect, and no Host header in
     * the answer. Without a Referer, the page comes back without its query.
     */
    static String destino(String ruta, String consulta, String referer) {
        String pagina = ultimoSegmento(ruta);
        String resto = sinElParametro(consulta);
        if (resto.isEmpty() && referer != null) {
            try {
                URI anterior = new URI(referer);
                if (anterior.getRawPath() != null && pagina.equals(ultimoSegmento(anterior.getRawPath()))) {
                    resto = sinElParametro(anterior.getRawQuery());
                }
            } catch (URISyntaxException e) {
                // A Referer that is not an address: the page comes back without its query.
            }
        }
        return "./" + pagina + (resto.isEmpty() ? "" : "?" + resto);
    }

    /** The raw query without any {@value Idioma#PARAMETRO} parameter. */
    static String sinElParametro(String consulta) {
        return consulta == null
                ? ""
                : Stream.of(consulta.split("&"))
                        .filter(par -> !par.isEmpty())
                        .filter(par -> !par.equals(Idioma.PARAMETRO) && !par.startsWith(Idioma.PARAMETRO + "="))
                        .collect(Collectors.joining("&"));
    }

    private static String ultimoSegmento(String ruta) {
        return ruta.substring(ruta.lastIndexOf('/') + 1);
    }

    /** The path the browser asked for: on the container's forward to the login, the page that needed it. */
    private static String rutaOriginal(HttpServletRequest peticion) {
        Object original = peticion.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return original != null ? (String) original : peticion.getRequestURI();
    }

    private static String consultaOriginal(HttpServletRequest peticion) {
        return peticion.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null
                ? (String) peticion.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                : peticion.getQueryString();
    }

    /** As the session cookie: HttpOnly, SameSite=Lax, Secure on HTTPS (also behind a proxy that ends TLS). */
    private Cookie cookie(HttpServletRequest peticion, String idioma) {
        Cookie cookie = new Cookie(Idioma.COOKIE, idioma);
        cookie.setPath(peticion.getContextPath().isEmpty() ? "/" : peticion.getContextPath());
        cookie.setMaxAge(DURACION);
        cookie.setHttpOnly(true);
        cookie.setSecure(
                peticion.isSecure() || "https".equals(configuracion.urlPublica().getScheme()));
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
