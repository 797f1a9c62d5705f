package es.tgss.casia.web.sesion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class CambioDeIdiomaFilterTest {

    private static final String CASO = "/casia/portal/casos/caso.xhtml";

    @Test
    void vuelveALaMismaPaginaSinElParametro() {
        assertThat(CambioDeIdiomaFilter.destino(CASO, "numero=2026%2F00000001&idioma=en", null))
                .isEqualTo("./caso.xhtml?numero=2026%2F00000001");
        assertThat(CambioDeIdiomaFilter.destino("/casia/login.xhtml", "idioma=es", null))
                .isEqualTo("./login.xhtml");
        assertThat(CambioDeIdiomaFilter.destino("/", "idioma=en", null)).isEqualTo("./");
        assertThat(CambioDeIdiomaFilter.sinElParametro("idioma&idiomas=1&&pagina=2&idioma=es"))
                .isEqualTo("idiomas=1&pagina=2");
    }

    @Test
    void laConsultaDeLaPaginaSaleDelRefererCuandoEsLaMismaPagina() {
        assertThat(CambioDeIdiomaFilter.destino(
                        CASO, "idioma=en", "https://casia.example/casia/portal/casos/caso.xhtml?numero=2026%2F1"))
                .isEqualTo("./caso.xhtml?numero=2026%2F1");
        assertThat(CambioDeIdiomaFilter.destino(
                        CASO, "idioma=en", "https://casia.example/casia/portal/index.xhtml?x=1"))
                .isEqualTo("./caso.xhtml");
        assertThat(CambioDeIdiomaFilter.destino(CASO, "idioma=en", "no es una dirección"))
                .isEqualTo("./caso.xhtml");
        assertThat(CambioDeIdiomaFilter.destino(CASO, "numero=1&idioma=en", "https://x.example/caso.xhtml?numero=2"))
                .isEqualTo("./caso.xhtml?numero=1");
    }

    @Test
    void nuncaSaleDelSitio() {
        for (String ruta : new String[] {"//evil.example", "/casia//evil.example", "/javascript:alert(1)", "/\\\\x"}) {
            URI destino = URI.create("https://casia.example/casia/portal/")
                    .resolve(CambioDeIdiomaFilter.destino(ruta, "idioma=en", "https://evil.example/x?y=1")
                            .replace("\\", "%5C"));
            assertThat(destino.getHost()).as(ruta).isEqualTo("casia.example");
            assertThat(destino.getScheme()).as(ruta).isEqualTo("https");
        }
    }
}
