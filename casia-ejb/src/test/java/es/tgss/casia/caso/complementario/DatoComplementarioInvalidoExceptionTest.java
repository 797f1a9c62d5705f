package es.tgss.casia.caso.complementario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class DatoComplementarioInvalidoExceptionTest {

    @Test
    void llevaCampoYMensajePorSeparado() {
        var e = new DatoComplementarioInvalidoException("CCC", "El CCC debe tener 11 dígitos");

        assertThat(e.campo()).isEqualTo("CCC");
        assertThat(e.mensaje()).isEqualTo("El CCC debe tener 11 dígitos");
        assertThat(e.getMessage()).isEqualTo("El CCC debe tener 11 dígitos");
    }

    @Test
    void esUnaExcepcionNoComprobadaDeArgumento() {
        assertThat(new DatoComplementarioInvalidoException("NAF", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void campoYMensajeSonObligatorios() {
        assertThatNullPointerException().isThrownBy(() -> new DatoComplementarioInvalidoException(null, "x"));
        assertThatNullPointerException().isThrownBy(() -> new DatoComplementarioInvalidoException("CCC", null));
    }
}
