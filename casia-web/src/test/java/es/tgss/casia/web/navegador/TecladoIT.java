package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole alta with the keyboard alone (WCAG 2.1.1), in a real browser: log in, Nuevo Caso, the cascading lists
 * with the arrow keys, a line of datos complementarios, a document attached, Finalizar Alta, then the case found
 * through Gestión de Casos. Nothing is clicked: the test moves with Tab, chooses with the arrows, and presses with
 * Enter; the one thing no keyboard can do in a test, choosing a file in the system's dialog, is the file's path
 * typed into the focused file input, as Selenium does it. Each stop also proves the focus order reaches the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TecladoIT {

    /** Tab presses allowed to reach a field from where the focus is: more means it is unreachable. */
    private static final int MAXIMO_DE_TABULACIONES = 80;

    @ArquillianResource
    private URL base;

    @TempDir
    private Path ficheros;

    @Test
    void elAltaEnteraSinRaton() throws IOException {
        try (Navegador navegador = new Navegador()) {
            WebDriver driver = navegador.driver();
            driver.get(Local.raiz(base).toString());
            navegador.esperar();

            // The first Tab stop of every page is the skip link.
            teclas(driver, Keys.TAB);
            assertThat(enfocado(driver).getText()).isEqualTo("Saltar al contenido");

            tabularHasta(driver, "acceso:usuario");
            teclas(driver, "11111111H", Keys.TAB);
            assertThat(enfocado(driver).getAttribute("id")).isEqualTo("acceso:contrasena");
            teclas(driver, "casia");
            pulsarIntroYEsperarPagina(navegador, driver);

            tabularHasta(driver, "nuevo-caso");
            pulsarIntroYEsperarPagina(navegador, driver);
            assertThat(driver.getCurrentUrl()).contains("/portal/casos/nuevo.xhtml");

            String titulo = "Con el teclado " + System.nanoTime();
            elegirConFlechas(navegador, driver, "nuevo:tipo", "CONSULTA");
            elegirConFlechas(navegador, driver, "nuevo:materia", "COTIZACION");
            elegirConFlechas(navegador, driver, "nuevo:categoria", "CON_COT_SLD");
            elegirConFlechas(navegador, driver, "nuevo:afectaPeriodoEnCurso", "false");
            tabularHasta(driver, "nuevo:titulo");
            teclas(driver, titulo);
            tabularHasta(driver, "nuevo:descripcion");
            teclas(driver, "Escrita sin ratón, de principio a fin.");

            // Añadir línea puts the focus on the new line's first field.
            tabularHasta(driver, "nuevo:anadirLinea");
            teclas(driver, Keys.ENTER);
            navegador.esperar();
            assertThat(enfocado(driver).getAttribute("id")).isEqualTo("nuevo:dato0-ccc");
            teclas(driver, "28 1234567 42", Keys.TAB);
            navegador.esperarLaCola();

            Path nota = ficheros.resolve("nota.txt");
            Files.writeString(nota, "Una nota de texto.\n", StandardCharsets.UTF_8);
            elegirConFlechas(navegador, driver, "nuevo:tipoDocumento", "OTROS");
            tabularHasta(driver, "nuevo:tituloDocumento");
            teclas(driver, "Nota aclaratoria");
            tabularHasta(driver, "nuevo:ficheroDocumento");
            enfocado(driver).sendKeys(nota.toAbsolutePath().toString());
            tabularHasta(driver, "nuevo:anexar");
            pulsarIntroYEsperarPagina(navegador, driver);
            assertThat(driver.findElement(By.id("nuevo:documentos")).getText()).contains("nota.txt");

            tabularHasta(driver, "nuevo:finalizarAlta");
            pulsarIntroYEsperarPagina(navegador, driver);
            assertThat(driver.getCurrentUrl()).contains("/portal/casos/alta.xhtml?numero=");
            String numero = driver.findElement(By.id("numero-caso")).getText();

            tabularHasta(driver, "gestionCasos");
            pulsarIntroYEsperarPagina(navegador, driver);
            tabularHasta(driver, "porNumero:numero");
            teclas(driver, numero);
            pulsarIntroYEsperarPagina(navegador, driver);
            assertThat(driver.findElement(By.id("titulo")).getText()).isEqualTo(titulo);
            assertThat(driver.findElement(By.id("datos-complementarios")).getText())
                    .contains("28123456742");
            assertThat(driver.findElement(By.id("documentos")).getText()).contains("nota.txt");
        }
    }

    private static WebElement enfocado(WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    /** Keys typed into the page as a keyboard does, to whatever has the focus (a file input included). */
    private static void teclas(WebDriver driver, CharSequence... teclas) {
        new Actions(driver).sendKeys(teclas).perform();
    }

    /** Tab, Tab… until the element with that id has the focus; fails if it never does. */
    private static void tabularHasta(WebDriver driver, String id) {
        for (int i = 0; i < MAXIMO_DE_TABULACIONES; i++) {
            if (id.equals(enfocado(driver).getAttribute("id"))) {
                return;
            }
            teclas(driver, Keys.TAB);
        }
        throw new AssertionError("El tabulador no llega a «" + id + "» en " + driver.getCurrentUrl());
    }

    /** Reaches a list with Tab and moves through it with the down arrow until the value is chosen. */
    private static void elegirConFlechas(Navegador navegador, WebDriver driver, String id, String valor) {
        tabularHasta(driver, id);
        for (int i = 0; i < 60 && !valor.equals(enfocado(driver).getAttribute("value")); i++) {
            teclas(driver, Keys.ARROW_DOWN);
            navegador.esperarLaCola();
        }
        assertThat(enfocado(driver).getAttribute("value")).as(id).isEqualTo(valor);
        navegador.esperar();
    }

    /** Enter on what has the focus (a button, a link, a field of a form), then the next page loaded. */
    private static void pulsarIntroYEsperarPagina(Navegador navegador, WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.casiaPaginaAnterior = true;");
        teclas(driver, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(js.executeScript(
                        "return window.casiaPaginaAnterior === undefined && document.readyState === 'complete';")));
        navegador.esperar();
    }
}
