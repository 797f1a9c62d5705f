package es.tgss.casia.web.descarga;

import es.tgss.casia.autorizacion.AutorizacionEnCurso;
import es.tgss.casia.caso.resolucion.NotificacionAbierta;
import es.tgss.casia.caso.resolucion.SedeElectronica;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.seguridad.Rol;
import es.tgss.casia.web.portal.AutorizacionElegida;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /descargas/notificaciones/{id}}: "Acceder" in the Sede inbox. Hands the Resolución de Desistimiento's
 * PDF to a user of the autorización chosen in the session; {@link SedeElectronica#abrir} records the comparecencia
 * the first time, in its own transaction, before the first byte is sent. Whatever the reason a caller may not have
 * it (no such notification, another autorización's, no autorización chosen, not an autorizado), the answer is the
 * same 404, so nobody learns that it exists.
 */
@WebServlet("/descargas/notificaciones/*")
public class DescargaNotificacionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern RUTA = Pattern.compile("/([0-9]{1,18})");

    @Inject
    private SedeElectronica sede;

    @Inject
    private AutorizacionElegida autorizacionElegida;

    @Inject
    private AutorizacionEnCurso autorizacionEnCurso;

    @Override
    protected void doGet(HttpServletRequest peticion, HttpServletResponse respuesta) throws IOException {
        Matcher ruta = RUTA.matcher(Optional.ofNullable(peticion.getPathInfo()).orElse(""));
        Optional<NotificacionAbierta> abierta =
                ruta.matches() ? abrir(peticion, Long.parseLong(ruta.group(1))) : Optional.empty();
        if (abierta.isEmpty()) {
            respuesta.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        NotificacionAbierta n = abierta.get();
        CabecerasDeDescarga.aplicar(respuesta, n.nombreFichero(), NotificacionAbierta.TIPO_MIME, n.pdf().length);
        respuesta.getOutputStream().write(n.pdf());
    }

    /** As the caller, on the autorización chosen in the session; empty for anything refused. */
    private Optional<NotificacionAbierta> abrir(HttpServletRequest peticion, long id) {
        if (!peticion.isUserInRole(Rol.Nombre.AUTORIZADO) || !autorizacionElegida.isElegida()) {
            return Optional.empty();
        }
        autorizacionEnCurso.actuarEn(autorizacionElegida.getNumero());
        try {
            return Optional.of(sede.abrir(id));
        } catch (ErrorDeNegocio | EJBAccessException e) {
            return Optional.empty();
        }
    }
}
