package es.tgss.casia.panel;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.caso.CicloDeVidaCaso;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The panel's range of requests against the rule it translates: a request is in the range exactly when its first
 * day of cierre de oficio, as {@link CicloDeVidaCaso} computes it, falls within today and today + 7. Checked every
 * half hour for 40 days around each "today", across both changes of the Madrid clock.
 */
class PorCerrarEnSieteDiasTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30", "2026-04-20", "2026-11-13", "2027-01-01", "2028-03-01"})
    void elIntervaloEsElDeLaReglaDelCierreDeOficio(String dia) {
        LocalDate hoy = LocalDate.parse(dia);
        PanelService.Intervalo intervalo = PanelService.solicitudesQueVencen(hoy);
        int dentro = 0;
        for (Instant solicitud = hoy.minusDays(40).atStartOfDay(MADRID).toInstant();
                solicitud.isBefore(hoy.atStartOfDay(MADRID).toInstant());
                solicitud = solicitud.plus(Duration.ofMinutes(30))) {
            LocalDate cierre = CicloDeVidaCaso.primerDiaDeCierreDeOficio(solicitud);
            boolean vence = !cierre.isBefore(hoy) && !cierre.isAfter(hoy.plusDays(7));
            boolean enIntervalo = !solicitud.isBefore(intervalo.desde()) && solicitud.isBefore(intervalo.hasta());
            assertThat(enIntervalo)
                    .as("solicitud de %s, cierre el %s", solicitud, cierre)
                    .isEqualTo(vence);
            dentro += enIntervalo ? 1 : 0;
        }
        // Eight Madrid days of requests (one more or less half hour when the clock changes among them).
        assertThat(dentro).isBetween(8 * 48 - 2, 8 * 48 + 2);
    }
}
