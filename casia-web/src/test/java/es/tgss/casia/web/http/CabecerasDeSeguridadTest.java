package es.tgss.casia.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class CabecerasDeSeguridadTest {

    private static final String POLITICA = "default-src 'self'; script-src 'self'";

    @Test
    void conHttpsHayHstsYSinElNo() {
        assertThat(new CabecerasDeSeguridad(POLITICA, URI.create("https://casia.example/")).para(false))
                .containsEntry("Strict-Transport-Security", CabecerasDeSeguridad.HSTS);
        assertThat(new CabecerasDeSeguridad(POLITICA, URI.create("http://localhost:8080/")).para(false))
                .doesNotContainKey("Strict-Transport-Security");
    }

    @Test
    void lasPaginasNoSeGuardanYLosRecursosEstaticosSi() {
        var cabeceras = new CabecerasDeSeguridad(POLITICA, URI.create("http://localhost:8080/"));
        assertThat(cabeceras.para(false)).containsEntry("Cache-Control", "no-store");
        assertThat(cabeceras.para(true))
                .doesNotContainKey("Cache-Control")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Content-Security-Policy", POLITICA + ";");
    }
}
