package es.tgss.casia.web.http;

import es.tgss.casia.seguridad.DireccionDeLaPeticion;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Notes where each request comes from, for the audit the services write (who, when, what, from which address). */
@WebFilter(urlPatterns = "/*")
public class DireccionDeLaPeticionFilter extends HttpFilter {

    @Inject
    private DireccionDeLaPeticion direccion;

    @Override
    protected void doFilter(HttpServletRequest peticion, HttpServletResponse respuesta, FilterChain cadena)
            throws IOException, ServletException {
        direccion.anotar(peticion.getRemoteAddr());
        cadena.doFilter(peticion, respuesta);
    }
}
