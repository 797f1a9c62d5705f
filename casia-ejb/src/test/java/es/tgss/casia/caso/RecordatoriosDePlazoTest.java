package es.tgss.casia.caso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class RecordatoriosDePlazoTest {

    /** Asked on 1 December 2026: answer until 21 December inclusive, closed de oficio from the 22nd. */
    private static final LocalDate ULTIMO_DIA = LocalDate.of(2026, 12, 21);

    private static Instant madrid(int mes, int dia, int hora, int minuto) {
        int anio = mes == 1 ? 2027 : 2026;
        return ZonedDateTime.of(anio, mes, dia, hora, minuto, 0, 0, CicloDeVidaCaso.ZONA)
                .toInstant();
    }

    @Test
    void cincoDiasAntesDelCierreQuedanCincoDiasParaContestar() {
        assertThat(RecordatoriosDePlazo.diaDelRecordatorio(ULTIMO_DIA, 5)).isEqualTo(LocalDate.of(2026, 12, 17));
    }

    @Test
    void esDebidoDesdeElPrimerMinutoDeSuDiaHastaElUltimoDiaParaContestar() {
        assertThat(RecordatoriosDePlazo.debido(ULTIMO_DIA, 5, madrid(12, 16, 23, 59)))
                .isFalse();
        assertThat(RecordatoriosDePlazo.debido(ULTIMO_DIA, 5, madrid(12, 17, 0, 0)))
                .isTrue();
        assertThat(RecordatoriosDePlazo.debido(ULTIMO_DIA, 5, madrid(12, 21, 23, 59)))
                .isTrue();
        // From the 22nd the case is closed de oficio: a reminder would come too late.
        assertThat(RecordatoriosDePlazo.debido(ULTIMO_DIA, 5, madrid(12, 22, 0, 0)))
                .isFalse();
    }

    @Test
    void ceroDiasEsSinRecordatorio() {
        assertThat(RecordatoriosDePlazo.debido(ULTIMO_DIA, 0, madrid(12, 21, 12, 0)))
                .isFalse();
    }
}
