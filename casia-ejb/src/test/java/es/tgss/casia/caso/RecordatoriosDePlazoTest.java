package es.tgss.casia.caso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class RecordatoriosDePlazoTest {

    /** Asked on 1 December at 10:00 in Madrid: answer until 21 December inclusive, closed de oficio from the 22nd. */
    private static final Instant SOLICITUD =
            ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, CicloDeVidaCaso.ZONA).toInstant();

    private static Instant madrid(int mes, int dia, int hora, int minuto) {
        int anio = mes == 1 ? 2027 : 2026;
        return ZonedDateTime.of(anio, mes, dia, hora, minuto, 0, 0, CicloDeVidaCaso.ZONA)
                .toInstant();
    }

    @Test
    void cincoDiasAntesDelCierreQuedanCincoDiasParaContestar() {
        assertThat(RecordatoriosDePlazo.diaDelRecordatorio(SOLICITUD, 5)).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(CicloDeVidaCaso.ultimoDiaParaResponder(SOLICITUD)).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void esDebidoDesdeElPrimerMinutoDeSuDiaHastaElUltimoDiaParaContestar() {
        assertThat(RecordatoriosDePlazo.debido(SOLICITUD, 5, madrid(12, 16, 23, 59)))
                .isFalse();
        assertThat(RecordatoriosDePlazo.debido(SOLICITUD, 5, madrid(12, 17, 0, 0)))
                .isTrue();
        assertThat(RecordatoriosDePlazo.debido(SOLICITUD, 5, madrid(12, 21, 23, 59)))
                .isTrue();
        // From the 22nd the case is closed de oficio: a reminder would come too late.
        assertThat(RecordatoriosDePlazo.debido(SOLICITUD, 5, madrid(12, 22, 0, 0)))
                .isFalse();
    }

    @Test
    void ceroDiasEsSinRecordatorio() {
        assertThat(RecordatoriosDePlazo.debido(SOLICITUD, 0, madrid(12, 21, 12, 0)))
                .isFalse();
    }

    @Test
    void unaSolicitudHechaTrasLaMedianocheDeMadridCuentaDesdeElDiaDeMadrid() {
        // 23:30 UTC on 30 November is already 1 December in Madrid.
        Instant solicitud = Instant.parse("2026-11-30T23:30:00Z");
        assertThat(RecordatoriosDePlazo.diaDelRecordatorio(solicitud, 19)).isEqualTo(LocalDate.of(2026, 12, 3));
    }
}
