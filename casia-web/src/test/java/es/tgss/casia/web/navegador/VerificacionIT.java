package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The public CEA verification page in a real browser, checked by axe in each of its states: the empty form, a CEA
 * that matches nothing, and the refusal after too many wrong tries. (A right CEA is checked over HTTP by
 * {@code JustificantesIT}, which can issue a justificante inside the server.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerificacionIT {

    private static final String NEUTRO =
            "Los datos introducidos no corresponden a ningún documento emitido por este servicio.";
    private static final String DEMASIADOS = "Se han realizado demasiadas comprobaciones fallidas desde su conexión.";

    @ArquillianResource
    private URL base;

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

    /** One test, in order: the count of wrong tries is per address, and this browser's is 127.0.0.1. */
    @Test
    void sinSesionUnCeaQueNoExisteRecibeElMensajeNeutroYQuienInsisteEsFrenado() {
        navegador.ir(Local.raiz(base), "login.xhtml");
        navegador.pulsarYEsperarPagina(By.id("verificar"));
        assertThat(navegador.titulo()).isEqualTo("Verificación de documentos mediante CEA");
        assertThat(driver.findElements(By.className("ui-messages-error"))).isEmpty();

        String mensaje = probar("ABCD EFGH JKMN", "abcde-fghjk-mnpqr-stuvw-xyz23-45678");
        assertThat(mensaje).startsWith(NEUTRO);
        assertThat(driver.findElement(By.id("cea-id")).getAttribute("value"))
                .as("what was typed stays in the form")
                .isEqualTo("ABCD EFGH JKMN");

        for (int i = 2; i <= 12 && !mensaje.startsWith(DEMASIADOS); i++) {
            mensaje = probar("ABCD EFGH JKM" + (char) ('N' + i % 5), "ABCDEFGHJKMNPQRSTUVWXYZ2345678");
        }
        assertThat(mensaje).startsWith(DEMASIADOS).contains("espere");
    }

    /** Types a CEA into the form, sends it, and returns the page's message once the new page is checked by axe. */
    private String probar(String id, String codigo) {
        driver.findElement(By.id("cea-id")).clear();
        driver.findElement(By.id("cea-id")).sendKeys(id);
        driver.findElement(By.id("cea-codigo")).clear();
        driver.findElement(By.id("cea-codigo")).sendKeys(codigo);
        navegador.pulsarYEsperarPagina(By.id("comprobar"));
        return driver.findElement(By.className("ui-messages-error-summary")).getText();
    }
}
