package es.tgss.casia.caso.complementario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.Textos;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Aserción común: falla con un error de campo, el campo y el mensaje (en español) exactos. */
final class Invalidez {

    private Invalidez() {}

    static void assertInvalido(ThrowingCallable llamada, String campo, String mensaje) {
        ErrorDeNegocio e = catchThrowableOfType(ErrorDeNegocio.class, llamada);
        assertThat(e).as("debía lanzar ErrorDeNegocio").isNotNull();
        assertThat(e.codigo()).isEqualTo(CodigoError.CAMPO_INVALIDO);
        assertThat(Textos.ESPANOL.deCampos(e)).containsExactly(entry(campo, mensaje));
    }
}
