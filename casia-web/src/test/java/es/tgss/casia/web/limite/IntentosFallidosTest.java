package es.tgss.casia.web.limite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntentosFallidosTest {

    private final RelojDePrueba reloj = new RelojDePrueba();
    private final IntentosFallidos intentos = new IntentosFallidos(IntentosFallidos.desdeElFallo(5), reloj);

    @Test
    void cuatroFallosNoBloqueanYElQuintoBloqueaUnMinuto() {
        for (int i = 1; i <= 4; i++) {
            assertThat(fallar("a")).as("fallo " + i).isEmpty();
        }
        assertThat(fallar("a")).hasValue(Duration.ofMinutes(1));
        reloj.avanzar(Duration.ofSeconds(59));
        assertThat(intentos.intentar("a")).hasValue(Duration.ofSeconds(1));
        reloj.avanzar(Duration.ofSeconds(1));
        assertThat(intentos.intentar("a")).isEmpty();
    }

    @Test
    void cadaFalloMasDoblaElBloqueoHastaQuinceMinutos() {
        for (int i = 1; i <= 4; i++) {
            fallar("a");
        }
        for (long minutos : new long[] {1, 2, 4, 8, 15, 15}) {
            assertThat(fallar("a")).hasValue(Duration.ofMinutes(minutos));
            reloj.avanzar(Duration.ofMinutes(minutos));
        }
    }

    @Test
    void unaHoraSinFallosOlvidaLaCuentaYUnAciertoLaBorra() {
        for (int i = 1; i <= 4; i++) {
            fallar("a");
            fallar("b");
        }
        reloj.avanzar(IntentosFallidos.OLVIDO.plusSeconds(1));
        assertThat(fallar("a")).as("el primero de una cuenta nueva").isEmpty();

        assertThat(intentos.intentar("b")).isEmpty();
        intentos.acierto("b");
        for (int i = 1; i <= 4; i++) {
            assertThat(fallar("b")).as("fallo " + i + " tras el acierto").isEmpty();
        }
    }

    @Test
    void unaClaveNoBloqueaOtra() {
        for (int i = 1; i <= 5; i++) {
            fallar("a");
        }
        assertThat(intentos.intentar("a")).isPresent();
        assertThat(fallar("b")).isEmpty();
    }

    @Test
    void losIntentosQueSeEstanComprobandoCuentanComoFallosParaLosDemas() {
        for (int i = 1; i <= 5; i++) {
            assertThat(intentos.intentar("a")).as("intento " + i).isEmpty();
        }
        assertThat(intentos.intentar("a"))
                .as("si los cinco fallan, la cuenta queda bloqueada un minuto")
                .hasValue(Duration.ofMinutes(1));

        for (int i = 1; i <= 4; i++) {
            assertThat(intentos.fallo("a")).isEmpty();
        }
        assertThat(intentos.intentar("a")).as("el quinto aún se comprueba").isPresent();
        assertThat(intentos.fallo("a")).hasValue(Duration.ofMinutes(1));

        // Once a key has reached its threshold, each failure locks it: one try at a time.
        reloj.avanzar(Duration.ofMinutes(1));
        assertThat(intentos.intentar("a")).isEmpty();
        assertThat(intentos.intentar("a")).hasValue(Duration.ofMinutes(2));
    }

    @Test
    void unIntentoDevueltoNoCuentaYUnAciertoNoBorraLosQueSeEstanComprobando() {
        for (int i = 1; i <= 4; i++) {
            fallar("a");
        }
        assertThat(intentos.intentar("a")).isEmpty();
        intentos.devolver("a");
        assertThat(intentos.intentar("a"))
                .as("el quinto, devuelto, se puede volver a intentar")
                .isEmpty();
        assertThat(intentos.intentar("a")).isPresent();

        // Two tries of another key at once: the one that is right leaves the other being counted.
        assertThat(intentos.intentar("b")).isEmpty();
        assertThat(intentos.intentar("b")).isEmpty();
        intentos.acierto("b");
        for (int i = 1; i <= 4; i++) {
            assertThat(intentos.intentar("b")).isEmpty();
        }
        assertThat(intentos.intentar("b")).as("cinco en curso").isPresent();
    }

    /** A try reserved and answered wrong, as a login does. */
    private Optional<Duration> fallar(String clave) {
        assertThat(intentos.intentar(clave)).as("reserva de " + clave).isEmpty();
        return intentos.fallo(clave);
    }
}
