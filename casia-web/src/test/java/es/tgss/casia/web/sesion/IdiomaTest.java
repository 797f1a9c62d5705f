package es.tgss.casia.web.sesion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdiomaTest {

    private static final Locale INGLES_GB = Locale.forLanguageTag("en-GB");
    private static final Locale FRANCES = Locale.FRENCH;

    @Test
    void sinEleccionNiPreferenciaEsEspanol() {
        assertThat(Idioma.elegir(Optional.empty(), List.of())).isEqualTo(Idioma.ESPANOL);
        assertThat(Idioma.elegir(Optional.empty(), List.of(FRANCES))).isEqualTo(Idioma.ESPANOL);
    }

    @Test
    void sinEleccionMandaElPrimeroQueCasiaHablaDelNavegador() {
        assertThat(Idioma.elegir(Optional.empty(), List.of(FRANCES, INGLES_GB, Idioma.ESPANOL)))
                .isEqualTo(Locale.ENGLISH);
        assertThat(Idioma.elegir(Optional.empty(), List.of(Locale.forLanguageTag("es-MX"), INGLES_GB)))
                .isEqualTo(Idioma.ESPANOL);
    }

    @Test
    void laEleccionDelEnlacePasaPorDelanteDelNavegador() {
        assertThat(Idioma.elegir(Optional.of("en"), List.of(Idioma.ESPANOL))).isEqualTo(Locale.ENGLISH);
        assertThat(Idioma.elegir(Optional.of("es"), List.of(INGLES_GB))).isEqualTo(Idioma.ESPANOL);
    }

    @Test
    void unaEleccionQueCasiaNoHablaSeIgnora() {
        assertThat(Idioma.elegir(Optional.of("fr"), List.of(INGLES_GB))).isEqualTo(Locale.ENGLISH);
        assertThat(Idioma.elegir(Optional.of(""), List.of())).isEqualTo(Idioma.ESPANOL);
    }

    @Test
    void elEnlaceOfreceElOtroIdioma() {
        assertThat(Idioma.otro(Idioma.ESPANOL)).isEqualTo(Locale.ENGLISH);
        assertThat(Idioma.otro(Locale.ENGLISH)).isEqualTo(Idioma.ESPANOL);
    }
}
