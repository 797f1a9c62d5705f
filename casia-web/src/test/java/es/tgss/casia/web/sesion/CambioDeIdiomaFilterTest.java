package es.tgss.casia.web.sesion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class CambioDeIdiomaFilterTest {

    @Test
    void vuelveALaMismaPaginaSinElParametro() {
        assertThat(CambioDeIdiomaFilter.destino("/casia/portal/casos/caso.xhtml", "numero=2026%2F00000001&idioma=en"))
                .isEqualTo("./caso.xhtml?numero=2026%2F00000001");
        assertThat(CambioDeIdiomaFilter.destino("/casia/login.xhtml", "idioma=es"))
                .isEqualTo("./login.xhtml");
        assertThat(CambioDeIdiomaFilter.destino("/", "idioma=en")).isEqualTo("./");
    }

    @Test
    void nuncaSaleDelSitio() {
        for (String ruta : new String[] {"//evil.example", "/casia//evil.example", "/javascript:alert(1)", "/\\\\x"}) {
            URI destino = URI.create("https://casia.example/casia/portal/")
                    .resolve(CambioDeIdiomaFilter.destino(ruta, "idioma=en").replace("\\", "%5C"));
            assertThat(destino.getHost()).as(ruta).isEqualTo("casia.example");
            assertThat(destino.getScheme()).as(ruta).isEqualTo("https");
        }
    }
}
