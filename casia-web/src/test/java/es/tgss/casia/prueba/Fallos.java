package es.tgss.casia.prueba;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.Textos;
import java.util.Map;
import java.util.function.Consumer;

/** How the tests read a business failure: its stable code, and its texts in Spanish (the manual's words). */
public final class Fallos {

    private Fallos() {}

    /** For {@code isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(…))}, which keeps the chain on the throwable. */
    public static Consumer<ErrorDeNegocio> codigo(CodigoError codigo) {
        return e -> assertThat(e.codigo()).isEqualTo(codigo);
    }

    /** The per-field errors of a {@code CAMPO_INVALIDO} failure: field → Spanish text. */
    public static Map<String, String> erroresDeCampo(Throwable fallo) {
        assertThat(fallo).isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(CodigoError.CAMPO_INVALIDO));
        return Textos.ESPANOL.deCampos((ErrorDeNegocio) fallo);
    }
}
