package es.tgss.casia.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * The error page is shown as a fresh page, never as the postback of the form that failed. Forwarded with the
 * failed POST's parameters, JSF takes it for a postback and PrimeFaces checks that form's CSP nonce again: a post
 * without it ("Missing CSP nonce") made the error page fail too, and the user got an empty 500.
 */
@WebFilter(urlPatterns = "/error.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class PaginaDeErrorFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest peticion, HttpServletResponse respuesta, FilterChain cadena)
            throws IOException, ServletException {
        cadena.doFilter(new SinParametros(peticion), respuesta);
    }

    /** The request as a plain GET of the error page. */
    private static final class SinParametros extends HttpServletRequestWrapper {

        SinParametros(HttpServletRequest peticion) {
            super(peticion);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String nombre) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String nombre) {
            return null;
        }
    }
}
