package es.tgss.casia.prueba;

import es.tgss.casia.caso.Caso;
import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.error.ErrorDeNegocio;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * For the browser tests of the portal only (deployed with the test classes, behind the login like every page): what
 * a tramitador does to a case, until the back-office has its screens. The caller logs in as a tramitador (for
 * instance with {@link ClienteWeb#acceder}) and POSTs {@code numero}, {@code accion} (asignar, solicitar, resolver,
 * aprobar, rechazar) and {@code texto}; the real {@link CasoService} runs the action with the container's caller
 * and its roles, so the rule, the history, the notices and the justificantes are those of production. Answers the
 * case's new subestado, or 409 and the error's key when the service refuses.
 */
@WebServlet("/prueba/tramitar")
public class TramitacionDePruebaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CasoService casos;

    @Inject
    private VistaDeCasos vista;

    @Override
    protected void doPost(HttpServletRequest peticion, HttpServletResponse respuesta) throws IOException {
        String numero = peticion.getParameter("numero");
        String texto = peticion.getParameter("texto");
        respuesta.setContentType("text/plain");
        try {
            int version = vista.detalle(numero).cabecera().version();
            Caso caso = switch (peticion.getParameter("accion")) {
                case "asignar" -> casos.asignar(numero, version, null);
                case "solicitar" -> casos.solicitarInformacion(numero, version, texto);
                case "resolver" -> casos.resolver(numero, version, texto);
                case "aprobar" -> casos.aprobarAnulacion(numero, version);
                case "rechazar" -> casos.rechazarAnulacion(numero, version, texto);
                default -> throw new IllegalArgumentException(peticion.getParameter("accion"));
            };
            respuesta.getWriter().print(caso.getSubestado().name());
        } catch (ErrorDeNegocio error) {
            respuesta.setStatus(HttpServletResponse.SC_CONFLICT);
            respuesta.getWriter().print(error.getMessage());
        }
    }
}
