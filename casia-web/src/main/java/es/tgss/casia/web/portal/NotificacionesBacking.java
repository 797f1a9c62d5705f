package es.tgss.casia.web.portal;

import es.tgss.casia.caso.resolucion.NotificacionEnSede;
import es.tgss.casia.caso.resolucion.SedeElectronica;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * portal/notificaciones.xhtml — the Sede inbox of the autorización chosen — and the count of pending ones the
 * portal's menu shows on every page. Read on each GET, each at most once per request: a page of links only; the
 * download servlet records the comparecencia.
 */
@Named
@RequestScoped
public class NotificacionesBacking {

    @Inject
    private SedeElectronica sede;

    private List<NotificacionEnSede> notificaciones;
    private Long pendientes;

    public List<NotificacionEnSede> getNotificaciones() {
        if (notificaciones == null) {
            notificaciones = sede.notificaciones();
        }
        return notificaciones;
    }

    public long getPendientes() {
        if (pendientes == null) {
            pendientes = sede.pendientes();
        }
        return pendientes;
    }
}
