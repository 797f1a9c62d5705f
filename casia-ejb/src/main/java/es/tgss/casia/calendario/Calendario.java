package es.tgss.casia.calendario;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * The calendar of días inhábiles and the one function that computes a deadline from it (Ley 39/2015 art. 30):
 * Saturdays, Sundays and the days in {@code festivos} are inhábiles.
 *
 * @param festivos the días inhábiles besides weekends (national, regional, local, extraordinary)
 */
public record Calendario(Set<LocalDate> festivos) {

    /** The days are those of Madrid (DESIGN.md, "Rules from the manual"). */
    public static final ZoneId ZONA = ZoneId.of("Europe/Madrid");

    /** Weekends only: what a calendar with no holidays in it says (the rule's unit tests use it). */
    public static final Calendario SOLO_FINES_DE_SEMANA = new Calendario(Set.of());

    public Calendario {
        festivos = Set.copyOf(Objects.requireNonNull(festivos, "festivos"));
    }

    public boolean inhabil(LocalDate dia) {
        DayOfWeek d = dia.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY || festivos.contains(dia);
    }

    /**
     * The last day (inclusive) of a deadline of {@code dias} natural days for something asked at that instant:
     * counted on the Madrid calendar from the day after (art. 30.2 and 30.4, dates, not hours: a change of the clock
     * moves nothing, and a request at 00:30 in Madrid counts from that Madrid day even though it is still the day
     * before in UTC); a last day that is inhábil moves to the next día hábil (art. 30.5).
     */
    public LocalDate ultimoDiaDelPlazo(Instant solicitud, int dias) {
        LocalDate ultimo = solicitud.atZone(ZONA).toLocalDate().plusDays(dias);
        while (inhabil(ultimo)) {
            ultimo = ultimo.plusDays(1);
        }
        return ultimo;
    }
}
