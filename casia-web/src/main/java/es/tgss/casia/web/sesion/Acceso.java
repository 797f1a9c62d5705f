package es.tgss.casia.web.sesion;

import es.tgss.casia.configuracion.Configuracion;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** When the user logged in: the "Fecha y hora de acceso" every page shows, in CASIA's time zone. */
@Named
@SessionScoped
public class Acceso implements Serializable {

    private static final DateTimeFormatter FORMATO = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @Inject
    private transient Configuracion configuracion;

    @Inject
    private transient Clock reloj;

    private ZonedDateTime fechaHora;

    public void registrar() {
        fechaHora = ZonedDateTime.now(reloj.withZone(configuracion.zonaHoraria()));
    }

    public String getFechaHoraAcceso() {
        if (fechaHora == null) {
            registrar();
        }
        return FORMATO.format(fechaHora);
    }
}
