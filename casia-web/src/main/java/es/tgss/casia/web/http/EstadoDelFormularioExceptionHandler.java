package es.tgss.casia.web.http;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A form whose state the server cannot take back is the user's session that ended, or a post nobody's browser
 * made; neither is a server error.
 * <ul>
 * <li>The session ended (none, or one created by this very request): the login page, saying so. This is also the
 *     post to a protected page after the session expired, which the container forwards to the login page: it
 *     answered an empty 500.</li>
 * <li>The session is alive but the form state is unknown or malformed (forged, or made up by a script), or the
 *     post lacks PrimeFaces' CSP nonce: 400 with the error page.</li>
 * </ul>
 */
final class EstadoDelFormularioExceptionHandler extends ExceptionHandlerWrapper {

    static final String PAGINA_DE_ACCESO_CADUCADA = "/login.xhtml?caducada=true";

    private static final Logger LOG = Logger.getLogger(EstadoDelFormularioExceptionHandler.class.getName());

    EstadoDelFormularioExceptionHandler(ExceptionHandler envuelto) {
        super(envuelto);
    }

    @Override
    public void handle() {
        FacesContext contexto = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> eventos =
                        getUnhandledExceptionQueuedEvents().iterator();
                eventos.hasNext(); ) {
            Throwable causa = estadoRechazado(eventos.next().getContext().getException());
            if (causa != null) {
                eventos.remove();
                responder(contexto, causa);
                return;
            }
        }
        super.handle();
    }

    private static void responder(FacesContext contexto, Throwable causa) {
        ExternalContext externo = contexto.getExternalContext();
        HttpSession sesion = (HttpSession) externo.getSession(false);
        try {
            if (causa instanceof ViewExpiredException && (sesion == null || sesion.isNew())) {
                externo.redirect(externo.getRequestContextPath() + PAGINA_DE_ACCESO_CADUCADA);
            } else {
                LOG.info(() -> "Formulario rechazado (" + causa.getClass().getSimpleName() + ") en "
                        + externo.getRequestServletPath());
                externo.responseSendError(400, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        contexto.responseComplete();
    }

    /** The ViewExpiredException or CspException in the chain of causes, or null. */
    private static Throwable estadoRechazado(Throwable excepcion) {
        for (Throwable t = excepcion; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof CspException) {
                return t;
            }
        }
        return null;
    }
}
