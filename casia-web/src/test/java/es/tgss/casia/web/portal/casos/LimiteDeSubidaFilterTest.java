package es.tgss.casia.web.portal.casos;

import static es.tgss.casia.web.portal.casos.LimiteDeSubidaFilter.MARGEN;
import static es.tgss.casia.web.portal.casos.LimiteDeSubidaFilter.demasiado;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LimiteDeSubidaFilterTest {

    private static final long CASO = 50L * 1024 * 1024;
    private static final String MULTIPART = "multipart/form-data; boundary=x";

    @Test
    void unaSubidaMasLargaQueElCasoYElMargenSeRechaza() {
        assertThat(demasiado("POST", MULTIPART, CASO + MARGEN + 1, CASO)).isTrue();
        assertThat(demasiado("POST", "Multipart/Form-Data; boundary=x", CASO + MARGEN + 1, CASO))
                .isTrue();
    }

    @Test
    void hastaElLimiteOSinLongitudPasa() {
        assertThat(demasiado("POST", MULTIPART, CASO + MARGEN, CASO)).isFalse();
        assertThat(demasiado("POST", MULTIPART, -1, CASO)).isFalse();
    }

    @Test
    void soloMiraLosPostMultipart() {
        assertThat(demasiado("GET", MULTIPART, CASO * 2, CASO)).isFalse();
        assertThat(demasiado("POST", "application/x-www-form-urlencoded", CASO * 2, CASO))
                .isFalse();
        assertThat(demasiado("POST", null, CASO * 2, CASO)).isFalse();
    }
}
