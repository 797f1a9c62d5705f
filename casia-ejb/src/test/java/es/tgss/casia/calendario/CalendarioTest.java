package es.tgss.casia.calendario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one deadline function: 20 natural days from the day after, on the Madrid calendar, moved past inhábiles. */
class CalendarioTest {

    /** National holidays of the seed that the cases below land on. */
    private static final Calendario CALENDARIO = new Calendario(Set.of(
            LocalDate.of(2026, 1, 6), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 25)));

    @ParameterizedTest(name = "pedida {0} (Madrid) → hasta el {1} inclusive")
    @CsvSource(textBlock = """
            # a las 23:59 y a las 00:30: cuenta la fecha de Madrid, no la de UTC (00:30 es aún el día anterior en UTC)
            2025-06-10T23:59:59 | 2025-06-30
            2025-06-10T00:30    | 2025-06-30
            # fin de mes (febrero bisiesto y no bisiesto) y fin de año
            2025-01-31T12:00    | 2025-02-20
            2024-02-09T12:00    | 2024-02-29
            2025-12-10T12:00    | 2025-12-30
            # plazo que cruza los cambios de hora (30/03/2025 y 26/10/2025): pedida a las 00:30, cuenta la fecha
            2025-03-20T00:30    | 2025-04-09
            2025-10-10T00:30    | 2025-10-30
            # termina en el cambio de hora de octubre, domingo: pasa al lunes
            2025-10-06T10:00    | 2025-10-27
            # termina en sábado: pasa al lunes
            2025-02-09T12:00    | 2025-03-03
            # termina en domingo a fin de año: pasa al lunes 05/01; el 06/01 (Epifanía) habría pasado al 07
            2025-12-15T12:00    | 2026-01-05
            2025-12-17T12:00    | 2026-01-07
            # termina en festivo entre semana (Inmaculada, martes): pasa al miércoles
            2026-11-18T09:00    | 2026-12-09
            # termina en festivo seguido de fin de semana (Navidad, viernes; Viernes Santo): pasa al lunes
            2026-12-05T09:00    | 2026-12-28
            2026-03-14T09:00    | 2026-04-06
            """, delimiter = '|')
    void ultimoDiaDelPlazo(String pedida, LocalDate ultimo) {
        Instant solicitud = LocalDateTime.parse(pedida).atZone(Calendario.ZONA).toInstant();
        assertThat(CALENDARIO.ultimoDiaDelPlazo(solicitud, 20)).isEqualTo(ultimo);
        assertThat(CALENDARIO.inhabil(ultimo)).isFalse();
    }

    @Test
    void sabadosDomingosYFestivosSonInhabiles() {
        assertThat(CALENDARIO.inhabil(LocalDate.of(2026, 12, 5))).isTrue(); // sábado
        assertThat(CALENDARIO.inhabil(LocalDate.of(2026, 12, 6))).isTrue(); // domingo
        assertThat(CALENDARIO.inhabil(LocalDate.of(2026, 12, 8))).isTrue(); // festivo
        assertThat(CALENDARIO.inhabil(LocalDate.of(2026, 12, 9))).isFalse();
        assertThat(Calendario.SOLO_FINES_DE_SEMANA.inhabil(LocalDate.of(2026, 12, 8)))
                .isFalse();
    }

    @Test
    void unaSolicitudALas0030DeMadridEsAunElDiaAnteriorEnUtc() {
        Instant solicitud = Instant.parse("2025-03-19T23:30:00Z"); // 20/03 00:30 en Madrid
        assertThat(CALENDARIO.ultimoDiaDelPlazo(solicitud, 20)).isEqualTo(LocalDate.of(2025, 4, 9));
    }
}
