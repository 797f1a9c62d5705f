package es.tgss.casia.web.http;

import es.tgss.casia.api.AutenticacionDeLaApi;
import es.tgss.casia.configuracion.Configuracion;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;

/**
 * Every response of CASIA passes here: the security headers ({@link CabecerasDeSeguridad}), 405 for the methods no
 * page answers, and redirects under CASIA_PUBLIC_URL's path that never repeat the request's Host header
 * ({@link RespuestaConDireccionPublica}). Also on forwards (the container forwards to the login page) and error
 * dispatches (the error page).
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SeguridadHttpFilter extends HttpFilter {

    /** The context parameter PrimeFaces takes its policy from: one policy, defined once, in web.xml. */
    static final String POLITICA_CSP = "primefaces.CSP_POLICY";

    static final Set<String> METODOS = Set.of("GET", "HEAD", "POST", "OPTIONS");
    static final String PERMITIDOS = "GET, HEAD, POST, OPTIONS";

    @Inject
    private Configuracion configuracion;

    private CabecerasDeSeguridad cabeceras;

    @Override
    public void init() {
        String politica = Objects.requireNonNull(
                getServletContext().getInitParameter(POLITICA_CSP), "web.xml debe definir " + POLITICA_CSP);
        cabeceras = new CabecerasDeSeguridad(politica, configuracion.urlPublica());
    }

    @Override
    protected void doFilter(HttpServletRequest peticion, HttpServletResponse respuesta, FilterChain cadena)
            throws IOException, ServletException {
        cabeceras.para(esRecursoEstatico(peticion)).forEach(respuesta::setHeader);
        // The REST API answers its own methods (PUT, PATCH, DELETE among them) and its own 405s, as problems.
        if (peticion.getDispatcherType() != DispatcherType.ERROR && !esDeLaApi(peticion)) {
            String metodo = peticion.getMethod();
            if ("OPTIONS".equals(metodo)) {
                respuesta.setHeader("Allow", PERMITIDOS);
                respuesta.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
            if (!METODOS.contains(metodo)) {
                // Without this the pages answered PUT and DELETE as if they were GET.
                respuesta.setHeader("Allow", PERMITIDOS);
                respuesta.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                return;
            }
        }
        cadena.doFilter(peticion, new RespuestaConDireccionPublica(peticion, respuesta, configuracion.urlPublica()));
    }

    private static boolean esDeLaApi(HttpServletRequest peticion) {
        return peticion.getRequestURI().startsWith(peticion.getContextPath() + AutenticacionDeLaApi.RAIZ);
    }

    private static boolean esRecursoEstatico(HttpServletRequest peticion) {
        String ruta =
                peticion.getRequestURI().substring(peticion.getContextPath().length());
        return ruta.startsWith("/jakarta.faces.resource/") || ruta.startsWith("/resources/");
    }
}
