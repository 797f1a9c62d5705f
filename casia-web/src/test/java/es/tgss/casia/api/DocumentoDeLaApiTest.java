package es.tgss.casia.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentoDeLaApiTest {

    @Test
    void lasRutasDelDocumentoNombranSusParametrosSinLaExpresionQueLosReconoce() {
        assertThat(DocumentoDeLaApi.sinExpresiones("/api/v1/autorizaciones/{autorizacion}/casos/" + RutaDelCaso.NUMERO
                        + "/documentos/{id: [0-9]{1,18}}"))
                .isEqualTo("/api/v1/autorizaciones/{autorizacion}/casos/{numero}/documentos/{id}");
        assertThat(DocumentoDeLaApi.sinExpresiones("/api/v1/tokens")).isEqualTo("/api/v1/tokens");
    }
}
