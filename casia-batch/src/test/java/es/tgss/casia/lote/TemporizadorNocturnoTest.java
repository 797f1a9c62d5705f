package es.tgss.casia.lote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TemporizadorNocturnoTest {

    private static final LocalTime TRES_Y_MEDIA = LocalTime.of(3, 30);

    private static String siguiente(String desde) {
        return TemporizadorNocturno.siguiente(Instant.parse(desde), TRES_Y_MEDIA)
                .toOffsetDateTime()
                .toString();
    }

    @Test
    void laProximaNocheALaHoraDeMadrid() {
        // 01:00 in Madrid (winter, UTC+1): tonight at 03:30.
        assertThat(siguiente("2026-01-15T00:00:00Z")).isEqualTo("2026-01-15T03:30+01:00");
        // Right at 03:30 (a run has just started) and after it: the next night.
        assertThat(siguiente("2026-01-15T02:30:00Z")).isEqualTo("2026-01-16T03:30+01:00");
        assertThat(siguiente("2026-01-15T12:00:00Z")).isEqualTo("2026-01-16T03:30+01:00");
        // Summer (UTC+2).
        assertThat(siguiente("2026-07-01T00:00:00Z")).isEqualTo("2026-07-01T03:30+02:00");
    }

    @Test
    void lasNochesDeLosCambiosDeHoraTienenUnaSolaEjecucion() {
        // 29 March 2026: 02:00 becomes 03:00; 03:30 exists once, at UTC+2.
        assertThat(siguiente("2026-03-28T23:30:00Z")).isEqualTo("2026-03-29T03:30+02:00");
        // 25 October 2026: 03:00 becomes 02:00; 03:30 exists once, at UTC+1.
        assertThat(siguiente("2026-10-24T23:30:00Z")).isEqualTo("2026-10-25T03:30+01:00");
        assertThat(siguiente("2026-10-25T02:30:00Z")).isEqualTo("2026-10-26T03:30+01:00");
    }
}
