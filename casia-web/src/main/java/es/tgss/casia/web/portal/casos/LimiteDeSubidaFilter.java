package es.tgss.casia.web.portal.casos;

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
import java.util.Locale;

/**
 * An upload of Anexar Información (Nuevo Caso, Modificar Información) refused at the door when its Content-Length is past what a case may hold (CASIA_DOC_MAX_TOTAL_MB)
 * plus {@link #MARGEN} for the form's other fields: 413 and the error page saying so, before anything reads the
 * body. Left to the container, every byte up to web.xml's ceiling (about 1 GB, see multipart-config) went to a
 * temporary file first and was refused only then. The body is never read into CASIA: what the server does with the
 * unread rest is the connector's business. Requests without a length (chunked) go on to the container's limits.
 */
@WebFilter(
        urlPatterns = {"/portal/casos/nuevo.xhtml", "/portal/casos/modificar.xhtml"},
        dispatcherTypes = DispatcherType.REQUEST)
public class LimiteDeSubidaFilter extends HttpFilter {

    static final long MEGABYTE = 1024L * 1024L;
    /** Room for the form's fields beside the files: its state and a few short texts take a few KB. */
    static final long MARGEN = MEGABYTE;
    /** The request attribute the error page reads the limit from, in MB. */
    static final String LIMITE_MB = "casia.subida.limiteMb";

    @Inject
    private Configuracion configuracion;

    @Override
    protected void doFilter(HttpServletRequest peticion, HttpServletResponse respuesta, FilterChain cadena)
            throws IOException, ServletException {
        long maximo = configuracion.maxBytesPorCaso();
        if (demasiado(peticion.getMethod(), peticion.getContentType(), peticion.getContentLengthLong(), maximo)) {
            peticion.setAttribute(LIMITE_MB, maximo / MEGABYTE);
            respuesta.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        cadena.doFilter(peticion, respuesta);
    }

    /** A multipart POST that says it is longer than the case's documents may be, plus the fields' margin. */
    static boolean demasiado(String metodo, String tipo, long longitud, long maximoPorCaso) {
        return "POST".equals(metodo)
                && tipo != null
                && tipo.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && longitud > maximoPorCaso + MARGEN;
    }
}
