package es.tgss.casia.api;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.Mensaje;
import es.tgss.casia.error.Textos;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TipoDeProblemaTest {

    @Test
    void cadaCodigoDelModeloDeErroresTieneSuTipoDeProblemaConUnEstado4xx() {
        for (CodigoError codigo : CodigoError.values()) {
            TipoDeProblema tipo = TipoDeProblema.de(codigo);
            assertThat(tipo.estado()).as(codigo.name()).isBetween(400, 499);
        }
    }

    @Test
    void cadaTipoTieneTituloEnEspanolYEnInglesYUnaUriEstable() {
        Textos ingles = Textos.en(Locale.ENGLISH);
        for (TipoDeProblema tipo : TipoDeProblema.values()) {
            String es = Textos.ESPANOL.de(Mensaje.de(tipo.claveDelTitulo()));
            String en = ingles.de(Mensaje.de(tipo.claveDelTitulo()));
            assertThat(es).as(tipo.name()).isNotBlank().isNotEqualTo(en);
            assertThat(tipo.uri()).startsWith("/api/v1/problemas/").doesNotContain("_");
        }
        assertThat(Arrays.stream(TipoDeProblema.values())
                        .map(TipoDeProblema::uri)
                        .distinct())
                .hasSize(TipoDeProblema.values().length);
        assertThat(TipoDeProblema.CASO_NO_ENCONTRADO.uri()).isEqualTo("/api/v1/problemas/caso-no-encontrado");
    }

    @Test
    void elIdiomaSeEligePorAcceptLanguageYSinCabeceraEsEspanol() {
        assertThat(IdiomaDeLaApi.de(null)).isSameAs(Textos.ESPANOL);
        assertThat(IdiomaDeLaApi.de("fr-FR,fr;q=0.9")).isSameAs(Textos.ESPANOL);
        assertThat(IdiomaDeLaApi.de("en-GB,en;q=0.8,es;q=0.5").idioma().getLanguage())
                .isEqualTo("en");
        assertThat(IdiomaDeLaApi.de("es-ES,en;q=0.5")).isSameAs(Textos.ESPANOL);
        assertThat(IdiomaDeLaApi.de(";;;q=x")).isSameAs(Textos.ESPANOL);
    }
}
