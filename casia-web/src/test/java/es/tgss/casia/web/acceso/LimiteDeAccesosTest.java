package es.tgss.casia.web.acceso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimiteDeAccesosTest {

    private final RelojDePrueba reloj = new RelojDePrueba();
    private final LimiteDeAccesos limite = new LimiteDeAccesos(reloj);

    @Test
    void unaDireccionQueFallaConMuchasCuentasQuedaBloqueadaParaTodasPeroNoOtraDireccion() {
        for (int i = 1; i < LimiteDeAccesos.FALLOS_POR_DIRECCION; i++) {
            // A different account each time: no account reaches its own threshold.
            assertThat(limite.fallo("usuario" + i, "203.0.113.7")).isEmpty();
        }
        assertThat(limite.fallo("usuario20", "203.0.113.7")).hasValue(Duration.ofMinutes(1));

        assertThat(limite.espera("otro", "203.0.113.7")).hasValue(Duration.ofMinutes(1));
        assertThat(limite.espera("otro", "198.51.100.1")).isEmpty();
    }

    @Test
    void unaCuentaBloqueadaLoEstaDesdeCualquierDireccion() {
        for (int i = 1; i <= LimiteDeAccesos.FALLOS_POR_CUENTA; i++) {
            limite.fallo("12345678Z", "198.51.100." + i);
        }
        assertThat(limite.espera("12345678Z", "192.0.2.99")).hasValue(Duration.ofMinutes(1));
    }

    @Test
    void elAccesoCorrectoOlvidaLosFallosDeLaCuentaPeroNoLosDeLaDireccion() {
        for (int i = 1; i < LimiteDeAccesos.FALLOS_POR_CUENTA; i++) {
            limite.fallo("12345678Z", "203.0.113.7");
        }
        limite.exito("12345678Z");
        assertThat(limite.fallo("12345678Z", "203.0.113.7"))
                .as("cuenta olvidada")
                .isEmpty();

        for (int i = LimiteDeAccesos.FALLOS_POR_CUENTA + 1; i < LimiteDeAccesos.FALLOS_POR_DIRECCION; i++) {
            limite.fallo("u" + i, "203.0.113.7");
        }
        assertThat(limite.fallo("u20", "203.0.113.7"))
                .as("la dirección sigue contando")
                .isPresent();
    }

    @Test
    void loQueSeEscribeComoUsuarioNoPuedeFalsearElRegistro() {
        assertThat(LimiteDeAccesos.paraElRegistro("x\nAcceso correcto: usuario='admin'"))
                .isEqualTo("'x?Acceso correcto: usuario='admin''")
                .doesNotContain("\n");
        assertThat(LimiteDeAccesos.paraElRegistro("a".repeat(500))).hasSize(66);
    }
}
