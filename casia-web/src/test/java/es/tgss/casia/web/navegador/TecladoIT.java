package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

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
            navegador.teclas(Keys.TAB);
            assertThat(navegador.enfocado().getText()).isEqualTo("Saltar al contenido");

            navegador.tabularHasta("acceso:usuario");
            navegador.teclas("11111111H", Keys.TAB);
            assertThat(navegador.enfocado().getAttribute("id")).isEqualTo("acceso:contrasena");
            navegador.teclas("casia");
            navegador.teclaYEsperarPagina(Keys.ENTER);

            navegador.tabularHasta("nuevo-caso");
            navegador.teclaYEsperarPagina(Keys.ENTER);
            assertThat(driver.getCurrentUrl()).contains("/portal/casos/nuevo.xhtml");

            String titulo = "Con el teclado " + System.nanoTime();
            navegador.elegirConFlechas("nuevo:tipo", "CONSULTA");
            navegador.elegirConFlechas("nuevo:materia", "COTIZACION");
            navegador.elegirConFlechas("nuevo:categoria", "CON_COT_SLD");
            navegador.elegirConFlechas("nuevo:afectaPeriodoEnCurso", "false");
            navegador.tabularHasta("nuevo:titulo");
            navegador.teclas(titulo);
            navegador.tabularHasta("nuevo:descripcion");
            navegador.teclas("Escrita sin ratón, de principio a fin.");

            // Añadir línea puts the focus on the new line's first field.
            navegador.tabularHasta("nuevo:anadirLinea");
            navegador.teclas(Keys.ENTER);
            navegador.esperar();
            assertThat(navegador.enfocado().getAttribute("id")).isEqualTo("nuevo:dato0-ccc");
            navegador.teclas("28 1234567 42", Keys.TAB);
            navegador.esperarLaCola();

            Path nota = ficheros.resolve("nota.txt");
            Files.writeString(nota, "Una nota de texto.\n", StandardCharsets.UTF_8);
            navegador.elegirConFlechas("nuevo:tipoDocumento", "OTROS");
            navegador.tabularHasta("nuevo:tituloDocumento");
            navegador.teclas("Nota aclaratoria");
            navegador.tabularHasta("nuevo:ficheroDocumento");
            navegador.enfocado().sendKeys(nota.toAbsolutePath().toString());
            navegador.tabularHasta("nuevo:anexar");
            navegador.teclaYEsperarPagina(Keys.ENTER);
            assertThat(driver.findElement(By.id("nuevo:documentos")).getText()).contains("nota.txt");

            navegador.tabularHasta("nuevo:finalizarAlta");
            navegador.teclaYEsperarPagina(Keys.ENTER);
            assertThat(driver.getCurrentUrl()).contains("/portal/casos/alta.xhtml?numero=");
            String numero = driver.findElement(By.id("numero-caso")).getText();

            navegador.tabularHasta("gestionCasos");
            navegador.teclaYEsperarPagina(Keys.ENTER);
            navegador.tabularHasta("porNumero:numero");
            navegador.teclas(numero);
            navegador.teclaYEsperarPagina(Keys.ENTER);
            assertThat(driver.findElement(By.id("titulo")).getText()).isEqualTo(titulo);
            assertThat(driver.findElement(By.id("datos-complementarios")).getText())
                    .contains("28123456742");
            assertThat(driver.findElement(By.id("documentos")).getText()).contains("nota.txt");
        }
    }
}
