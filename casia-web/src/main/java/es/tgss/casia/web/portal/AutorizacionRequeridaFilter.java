package es.tgss.casia.web.portal;

import es.tgss.casia.autorizacion.AutorizacionEnCurso;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every portal page but the choice itself needs a chosen autorización: without one, the user chooses first. With
 * one, it is the autorización this request acts on: the services check it against the user's membership.
 */
@WebFilter("/portal/*")
public class AutorizacionRequeridaFilter extends HttpFilter {

    static final String PAGINA_ELECCION = "/portal/autorizaciones.xhtml";

    @Inject
    private AutorizacionElegida autorizacionElegida;

    @Inject
    private AutorizacionEnCurso autorizacionEnCurso;

    @Override
    protected void doFilter(HttpServletRequest peticion, HttpServletResponse respuesta, FilterChain cadena)
            throws IOException, ServletException {
        String ruta =
                peticion.getRequestURI().substring(peticion.getContextPath().length());
        if (!autorizacionElegida.isElegida() && !ruta.equals(PAGINA_ELECCION)) {
            respuesta.sendRedirect(peticion.getContextPath() + PAGINA_ELECCION);
            return;
        }
        autorizacionEnCurso.actuarEn(autorizacionElegida.getNumero());
        cadena.doFilter(peticion, respuesta);
    }
}
