package es.tgss.casia.lote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReglaDeEjecucionTest {

    private static final Instant AHORA = Instant.parse("2026-03-29T01:40:00Z");
    private static final Duration DOS_MINUTOS = Duration.ofMinutes(2);

    private static boolean interrumpida(String estado, Instant latido, Instant inicio) {
        return ReglaDeEjecucion.interrumpida(estado, latido, inicio, AHORA, DOS_MINUTOS);
    }

    @Test
    void unaEjecucionEnCursoQueLateNoEstaInterrumpida() {
        assertThat(interrumpida("STARTED", AHORA.minusSeconds(5), AHORA.minusSeconds(3600)))
                .isFalse();
        // Exactly at the timeout it still counts as alive: only older is interrupted.
        assertThat(interrumpida("STARTED", AHORA.minus(DOS_MINUTOS), AHORA.minusSeconds(3600)))
                .isFalse();
    }

    @Test
    void unaEjecucionEnCursoSinLatidoRecienteEstaInterrumpida() {
        assertThat(interrumpida("STARTED", AHORA.minus(DOS_MINUTOS).minusSeconds(1), AHORA.minusSeconds(3600)))
                .isTrue();
        assertThat(interrumpida("STOPPING", AHORA.minusSeconds(600), AHORA.minusSeconds(3600)))
                .isTrue();
    }

    @Test
    void sinNingunLatidoCuentaDesdeQueSeLanzo() {
        // Killed before its first chunk: only the launch tells how long it has been silent.
        assertThat(interrumpida("STARTING", null, AHORA.minusSeconds(30))).isFalse();
        assertThat(interrumpida("STARTING", null, AHORA.minusSeconds(300))).isTrue();
        assertThat(interrumpida("STARTED", null, AHORA.minusSeconds(300))).isTrue();
        assertThat(interrumpida("STARTED", null, null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"COMPLETED", "FAILED", "STOPPED", "ABANDONED"})
    void unaEjecucionTerminadaNuncaEstaInterrumpidaPorViejoQueSeaSuLatido(String estado) {
        assertThat(interrumpida(estado, AHORA.minusSeconds(86_400), AHORA.minusSeconds(86_400)))
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "FAILED,    false, true,  false",
        "STOPPED,   false, true,  false",
        "STARTED,   true,  true,  false",
        "STARTED,   false, false, true",
        "STARTING,  false, false, true",
        "STARTING,  true,  true,  false",
        "STOPPING,  false, false, false",
        "STOPPING,  true,  true,  false",
        "COMPLETED, false, false, false",
        "ABANDONED, false, false, false"
    })
    void quePuedeHacerOperacion(String estado, boolean interrumpida, boolean reanudable, boolean detenible) {
        assertThat(ReglaDeEjecucion.reanudable(estado, interrumpida)).isEqualTo(reanudable);
        assertThat(ReglaDeEjecucion.detenible(estado, interrumpida)).isEqualTo(detenible);
    }

    @Test
    void losContadoresDeUnPasoSeLeenEnSuOrden() {
        assertThat(ReglaDeEjecucion.contadores("CERRADOS=12 OMITIDOS=3"))
                .containsExactly(
                        org.assertj.core.api.Assertions.entry("CERRADOS", 12L),
                        org.assertj.core.api.Assertions.entry("OMITIDOS", 3L));
        assertThat(ReglaDeEjecucion.contadores("EMITIDAS=4")).containsOnlyKeys("EMITIDAS");
        assertThat(ReglaDeEjecucion.contadores("FAILED")).isEmpty();
        assertThat(ReglaDeEjecucion.contadores(null)).isEmpty();
    }

    @Test
    void laDuracionSeEscribeEnHorasMinutosYSegundos() {
        assertThat(ReglaDeEjecucion.duracion(Duration.ofSeconds(3725))).isEqualTo("1:02:05");
        assertThat(ReglaDeEjecucion.duracion(Duration.ofMillis(400))).isEqualTo("0:00:00");
        assertThat(ReglaDeEjecucion.duracion(null)).isEmpty();
    }
}
