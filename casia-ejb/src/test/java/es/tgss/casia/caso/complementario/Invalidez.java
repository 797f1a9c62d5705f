package es.tgss.casia.caso.complementario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Aserción común: falla con la excepción tipada, el campo y el mensaje exactos. */
final class Invalidez {

    private Invalidez() {
    }

    static void assertInvalido(ThrowingCallable llamada, String campo, String mensaje) {
        DatoComplementarioInvalidoException e =
                catchThrowableOfType(DatoComplementarioInvalidoException.class, llamada);
        assertThat(e).as("debía lanzar DatoComplementarioInvalidoException").isNotNull();
        assertThat(e.campo()).isEqualTo(campo);
        assertThat(e.mensaje()).isEqualTo(mensaje);
    }
}
