package es.tgss.casia.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.ErroresDeCampo;
import es.tgss.casia.error.Textos;
import es.tgss.casia.web.Mensajes.EnPantalla;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MensajesTest {

    /** The form of this test has an input for the título only. */
    private static Optional<String> entrada(String campo) {
        return campo.equals("titulo") ? Optional.of("formulario:titulo") : Optional.empty();
    }

    @Test
    void cadaErrorDeCampoVaJuntoASuEntradaYSinEntradaALaPagina() {
        ErroresDeCampo errores = new ErroresDeCampo();
        errores.anadir("titulo", "nuevoCaso.titulo.largo", 50, 51);
        errores.anadir("datos[0].ccc", "ccc.longitud");
        ErrorDeNegocio error = catchThrowableOfType(ErrorDeNegocio.class, errores::lanzarSiHay);

        assertThat(Mensajes.colocar(error, Textos.en(Locale.ENGLISH), MensajesTest::entrada))
                .containsExactly(
                        new EnPantalla<>(
                                Optional.of("formulario:titulo"),
                                "The title can have at most 50 characters (it has 51)."),
                        new EnPantalla<>(Optional.empty(), "The CCC must have 11 digits."));
        assertThat(Mensajes.colocar(error, Textos.en(Locale.forLanguageTag("es-ES")), MensajesTest::entrada))
                .extracting(EnPantalla::texto)
                .containsExactly(
                        "El título admite como máximo 50 caracteres (tiene 51).", "El CCC debe tener 11 dígitos.");
    }

    @Test
    void elMensajeDelErrorVaALaPaginaEnElIdiomaDeLaVista() {
        ErrorDeNegocio error = new ErrorDeNegocio(CodigoError.CASO_MODIFICADO, "caso.modificado", "2026/00000001");
        List<EnPantalla<String>> mensajes = Mensajes.colocar(error, Textos.en(Locale.ENGLISH), MensajesTest::entrada);
        assertThat(mensajes).singleElement().satisfies(m -> {
            assertThat(m.entrada()).isEmpty();
            assertThat(m.texto()).startsWith("Case 2026/00000001 changed while you were working on it");
        });
    }
}
