package es.tgss.casia.web.ops;

import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.notificacion.BuzonDeSalida;
import es.tgss.casia.notificacion.EstadoNotificacion;
import es.tgss.casia.notificacion.NotificacionEnBuzon;
import es.tgss.casia.web.Mensajes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * ops/buzon.xhtml — the outbox of e-mail notices: how many in each state, the newest failed and pending ones with
 * their attempts and last error; send one failed notice again, or all of them.
 */
@Named
@RequestScoped
public class BuzonBacking {

    static final int MOSTRADAS = 50;
    private static final DateTimeFormatter FECHA_Y_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @Inject
    private BuzonDeSalida buzon;

    @Inject
    private Configuracion configuracion;

    private Map<EstadoNotificacion, Long> recuento;
    private List<NotificacionEnBuzon> fallidas;
    private List<NotificacionEnBuzon> pendientes;

    public List<EstadoNotificacion> getEstados() {
        return List.of(EstadoNotificacion.values());
    }

    public long cuantas(EstadoNotificacion estado) {
        if (recuento == null) {
            recuento = buzon.recuento();
        }
        return recuento.get(estado);
    }

    public List<NotificacionEnBuzon> getFallidas() {
        if (fallidas == null) {
            fallidas = buzon.ultimas(EstadoNotificacion.FALLIDA, MOSTRADAS);
        }
        return fallidas;
    }

    public List<NotificacionEnBuzon> getPendientes() {
        if (pendientes == null) {
            pendientes = buzon.ultimas(EstadoNotificacion.PENDIENTE, MOSTRADAS);
        }
        return pendientes;
    }

    /** In the zone of the dates CASIA shows (CASIA_TIME_ZONE). */
    public String fecha(OffsetDateTime fecha) {
        return fecha == null
                ? "—"
                : fecha.atZoneSameInstant(configuracion.zonaHoraria()).format(FECHA_Y_HORA);
    }

    public void reintentar(long id) {
        if (buzon.reintentar(id)) {
            Mensajes.info("ops.buzon.reintentada", String.valueOf(id));
        } else {
            Mensajes.error("ops.buzon.noFallida", String.valueOf(id));
        }
        olvidar();
    }

    public void reintentarFallidas() {
        Mensajes.info("ops.buzon.reintentadas", String.valueOf(buzon.reintentarFallidas()));
        olvidar();
    }

    private void olvidar() {
        recuento = null;
        fallidas = null;
        pendientes = null;
    }
}
