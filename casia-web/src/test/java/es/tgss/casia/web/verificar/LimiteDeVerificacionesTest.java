package es.tgss.casia.web.verificar;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.web.limite.RelojDePrueba;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LimiteDeVerificacionesTest {

    private final RelojDePrueba reloj = new RelojDePrueba();
    private final LimiteDeVerificaciones limite = new LimiteDeVerificaciones(reloj);

    private Optional<Duration> fallar(String direccion) {
        assertThat(limite.intentar(direccion)).as("el intento se admite").isEmpty();
        return limite.fallo(direccion);
    }

    @Test
    void cuatroFallosSonLibresLuegoCadaUnoFrenaElDobleYDesdeElDecimoSeRechazaUnCuartoDeHora() {
        for (int i = 1; i <= 4; i++) {
            assertThat(fallar("10.0.0.1")).as("fallo " + i).isEmpty();
        }
        for (long segundos : new long[] {2, 4, 8, 16, 32}) {
            assertThat(fallar("10.0.0.1")).hasValue(Duration.ofSeconds(segundos));
            assertThat(limite.intentar("10.0.0.1"))
                    .as("antes de que pase la espera")
                    .isPresent();
            reloj.avanzar(Duration.ofSeconds(segundos));
        }
        assertThat(fallar("10.0.0.1")).as("el décimo").hasValue(Duration.ofMinutes(15));
        reloj.avanzar(Duration.ofMinutes(14));
        assertThat(limite.intentar("10.0.0.1")).hasValue(Duration.ofMinutes(1));
    }

    @Test
    void otraDireccionNoSeFrena() {
        for (int i = 1; i <= 10; i++) {
            fallar("10.0.0.1");
            reloj.avanzar(Duration.ofMinutes(1));
        }
        assertThat(limite.intentar("10.0.0.1")).isPresent();
        assertThat(limite.intentar("10.0.0.2")).isEmpty();
    }

    @Test
    void unAciertoNoBorraLosFallosDeLaDireccion() {
        for (int i = 1; i <= 4; i++) {
            fallar("10.0.0.1");
        }
        assertThat(limite.intentar("10.0.0.1")).isEmpty();
        limite.acierto("10.0.0.1");
        assertThat(fallar("10.0.0.1")).as("el quinto fallo, tras un acierto").hasValue(Duration.ofSeconds(2));
    }
}
