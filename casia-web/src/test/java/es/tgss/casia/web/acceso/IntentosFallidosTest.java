package es.tgss.casia.web.acceso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IntentosFallidosTest {

    private final RelojDePrueba reloj = new RelojDePrueba();
    private final IntentosFallidos intentos = new IntentosFallidos(5, reloj);

    @Test
    void cuatroFallosNoBloqueanYElQuintoBloqueaUnMinuto() {
        for (int i = 1; i <= 4; i++) {
            assertThat(intentos.fallo("a")).as("fallo " + i).isEmpty();
        }
        assertThat(intentos.espera("a")).isEmpty();

        assertThat(intentos.fallo("a")).hasValue(Duration.ofMinutes(1));
        reloj.avanzar(Duration.ofSeconds(59));
        assertThat(intentos.espera("a")).hasValue(Duration.ofSeconds(1));
        reloj.avanzar(Duration.ofSeconds(1));
        assertThat(intentos.espera("a")).isEmpty();
    }

    @Test
    void cadaFalloMasDoblaElBloqueoHastaQuinceMinutos() {
        for (int i = 1; i <= 4; i++) {
            intentos.fallo("a");
        }
        for (long minutos : new long[] {1, 2, 4, 8, 15, 15}) {
            assertThat(intentos.fallo("a")).hasValue(Duration.ofMinutes(minutos));
            reloj.avanzar(Duration.ofMinutes(minutos));
            assertThat(intentos.espera("a")).isEmpty();
        }
    }

    @Test
    void unaHoraSinFallosOlvidaLaCuentaYOlvidarLaBorra() {
        for (int i = 1; i <= 4; i++) {
            intentos.fallo("a");
            intentos.fallo("b");
        }
        reloj.avanzar(IntentosFallidos.OLVIDO.plusSeconds(1));
        assertThat(intentos.fallo("a")).as("el primero de una cuenta nueva").isEmpty();

        intentos.olvidar("b");
        assertThat(intentos.fallo("b")).isEmpty();
    }

    @Test
    void unaClaveNoBloqueaOtra() {
        for (int i = 1; i <= 5; i++) {
            intentos.fallo("a");
        }
        assertThat(intentos.espera("a")).isPresent();
        assertThat(intentos.espera("b")).isEmpty();
        assertThat(intentos.fallo("b")).isEmpty();
    }
}
