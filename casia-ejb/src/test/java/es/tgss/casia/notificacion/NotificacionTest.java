package es.tgss.casia.notificacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NotificacionTest {

    private static final OffsetDateTime AHORA = OffsetDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.UTC);

    private static Notificacion nueva() {
        return new Notificacion("a@gestoria.example", "Asunto", "Texto", "<p>Texto</p>", AHORA);
    }

    @Test
    void esperaElDobleTrasCadaIntentoRechazado() {
        assertThat(Notificacion.espera(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Notificacion.espera(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Notificacion.espera(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Notificacion.espera(7)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void trasElUltimoIntentoQuedaFallidaParaOps() {
        Notificacion n = nueva();
        assertThat(n.getProximoIntento()).isEqualTo(AHORA);
        n.anotarFallo("550 buzón desconocido", AHORA);
        assertThat(n.getEstado()).isEqualTo(EstadoNotificacion.PENDIENTE);
        assertThat(n.getProximoIntento()).isEqualTo(AHORA.plusSeconds(30));
        for (int i = 2; i < Notificacion.MAX_INTENTOS; i++) {
            n.anotarFallo("550 buzón desconocido", AHORA);
            assertThat(n.getEstado()).isEqualTo(EstadoNotificacion.PENDIENTE);
        }
        n.anotarFallo("550 buzón desconocido", AHORA);
        assertThat(n.getEstado()).isEqualTo(EstadoNotificacion.FALLIDA);
        assertThat(n.getIntentos()).isEqualTo(Notificacion.MAX_INTENTOS);

        n.reintentar(AHORA.plusHours(2));
        assertThat(n.getEstado()).isEqualTo(EstadoNotificacion.PENDIENTE);
        assertThat(n.getIntentos()).isZero();
        assertThat(n.getProximoIntento()).isEqualTo(AHORA.plusHours(2));
    }

    @Test
    void sinServidorNoSeCuentaIntentoPeroSeGuardaElError() {
        Notificacion n = nueva();
        n.anotarSinServidor("Connection refused");
        assertThat(n.getIntentos()).isZero();
        assertThat(n.getProximoIntento()).isEqualTo(AHORA);
        assertThat(n.getUltimoError()).contains("Connection refused");
    }

    @Test
    void elMessageIdEsElMismoEnCadaIntentoYDistintoEntreNotificaciones() {
        Notificacion a = nueva();
        Notificacion b = nueva();
        assertThat(a.getClave()).hasSize(32).isNotEqualTo(b.getClave());
        assertThat(ServidorSmtp.identificador(a, "casia.example"))
                .isEqualTo(ServidorSmtp.identificador(a, "casia.example"))
                .matches("<casia\\.null\\.[0-9a-f]{32}@casia\\.example>");
    }
}
