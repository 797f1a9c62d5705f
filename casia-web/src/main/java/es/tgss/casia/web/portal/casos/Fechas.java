package es.tgss.casia.web.portal.casos;

import es.tgss.casia.calendario.Calendario;
import es.tgss.casia.configuracion.Configuracion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * Dates of the case pages as the manual writes them (dd/MM/aaaa), on the service's calendar (Madrid) whatever the
 * server's zone: a case filed at 00:30 in Madrid belongs to that day, not to the day before in UTC. Also what a
 * view-scoped page may not hold itself (the clock and the settings cannot be serialised with it).
 */
@Named
@ApplicationScoped
public class Fechas {

    private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DIA_Y_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    private Configuracion configuracion;

    @Inject
    private Clock reloj;

    /** The month Gestión de Casos searches to begin with, as the manual says ("por defecto… el mes en curso"). */
    public YearMonth mesEnCurso() {
        return YearMonth.now(reloj.withZone(configuracion.zonaHoraria()));
    }

    /** Today on the calendar of the deadlines (Madrid), the day DiasInhabiles calls "today". */
    public LocalDate hoyEnMadrid() {
        return LocalDate.now(reloj.withZone(Calendario.ZONA));
    }

    public String diaYHora(OffsetDateTime instante) {
        return instante == null
                ? ""
                : instante.atZoneSameInstant(configuracion.zonaHoraria()).format(DIA_Y_HORA);
    }

    public String dia(LocalDate dia) {
        return dia == null ? "" : dia.format(DIA);
    }
}
