package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Logging in to the portal in a real browser, with the demo users. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccesoIT {

    private static final DateTimeFormatter FORMATO = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @ArquillianResource
    private URL base;

    /** One browser for the class (starting Chromium costs seconds); each test starts without cookies. */
    private static Navegador navegador;

    private static WebDriver driver;

    @BeforeAll
    static void abrir() {
        navegador = new Navegador();
        driver = navegador.driver();
    }

    @AfterAll
    static void cerrar() {
        navegador.close();
    }

    @BeforeEach
    void sinSesion() {
        navegador.sinSesion();
    }

    @Test
    void elUsuarioPrincipalDeDosAutorizacionesEligeUnaYVeLaCabeceraDelManual() {
        navegador.acceder(Local.raiz(base), "12345678Z");

        assertThat(navegador.titulo()).isEqualTo("Selección de la autorización");
        assertThat(navegador.texto("cabecera-nif")).isEqualTo("12345678Z");
        assertThat(navegador.texto("cabecera-nombre")).isEqualTo("Lucía Martín Ortega");
        LocalDateTime acceso = LocalDateTime.parse(navegador.texto("cabecera-acceso"), FORMATO);
        assertThat(acceso)
                .isCloseTo(
                        LocalDateTime.now(ZoneId.of("Europe/Madrid")),
                        org.assertj.core.api.Assertions.within(2, ChronoUnit.MINUTES));

        navegador.pulsarYEsperarPagina(By.linkText("1000002"));

        assertThat(driver.getCurrentUrl()).endsWith("/portal/index.xhtml");
        assertThat(navegador.texto("cabecera-autorizacion")).isEqualTo("1000002 · Asesoría Laboral Levante, S.L.");
        assertThat(navegador.texto("cabecera-nif")).isEqualTo("12345678Z");
    }

    @Test
    void quienSoloTieneUnaAutorizacionNoPasaPorLaSeleccion() {
        navegador.acceder(Local.raiz(base), "11111111H");

        assertThat(driver.getCurrentUrl()).endsWith("/portal/index.xhtml");
        assertThat(navegador.texto("cabecera-nombre")).isEqualTo("Ana Beltrán Soler");
        assertThat(navegador.texto("cabecera-autorizacion")).startsWith("1000003");
    }

    @Test
    void unaContrasenaEquivocadaDaUnMensajeEnEspanolYConservaElUsuario() {
        navegador.acceder(Local.raiz(base), "12345678Z", "equivocada");

        assertThat(driver.findElement(By.id("acceso:mensajes")).getText())
                .contains("Usuario o contraseña incorrectos.");
        assertThat(driver.findElement(By.id("acceso:usuario")).getAttribute("value"))
                .isEqualTo("12345678Z");
    }

    @Test
    void unTramitadorVaALaBandejaConSuUnidad() {
        navegador.acceder(Local.raiz(base), "tram.central1");

        assertThat(driver.getCurrentUrl()).endsWith("/backoffice/index.xhtml");
        assertThat(navegador.texto("cabecera-unidad")).isEqualTo("UC-COT · Unidad Central de Cotización");
    }

    @Test
    void unAutorizadoNoEntraEnElBackofficeNiEnLasMetricas() {
        navegador.acceder(Local.raiz(base), "87654321X");

        for (String ruta : new String[] {"backoffice/index.xhtml", "ops/index.xhtml", "metrics"}) {
            navegador.ir(Local.raiz(base), ruta);
            assertThat(driver.findElement(By.id("mensaje-error")).getText())
                    .as(ruta)
                    .isEqualTo("No tiene permiso para acceder a esta página.");
        }
    }

    @Test
    void opsVeLasMetricasConLosAccesosContados() {
        navegador.acceder(Local.raiz(base), "ops1");
        assertThat(driver.getCurrentUrl()).endsWith("/ops/index.xhtml");

        driver.get(Local.raiz(base).resolve("metrics").toString());
        assertThat(driver.getPageSource()).contains("casia_accesos_total{", "resultado=\"correcto\"");
    }

    @Test
    void salirCierraLaSesion() {
        navegador.acceder(Local.raiz(base), "11111111H");
        navegador.pulsarYEsperarPagina(By.id("salir:boton-salir"));

        navegador.ir(Local.raiz(base), "portal/index.xhtml");
        assertThat(driver.findElements(By.id("acceso:usuario"))).hasSize(1);
    }
}
