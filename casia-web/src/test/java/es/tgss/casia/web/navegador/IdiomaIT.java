package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.net.URL;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The header's language link, in a browser that asks for Spanish: chosen on the login page, the choice stays after
 * the login and through a whole alta (a Consulta with a line of datos complementarios and a document), pages and
 * the service's messages in English while the catalogue keeps its Spanish names; chosen back on the confirmation,
 * the same page comes back in Spanish. Screenshots under target/capturas-portal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdiomaIT {

    @ArquillianResource
    private URL base;

    @TempDir
    private Path ficheros;

    private Navegador navegador;
    private WebDriver driver;

    @BeforeEach
    void abrir() {
        navegador = new Navegador();
        driver = navegador.driver();
    }

    @AfterEach
    void cerrar() {
        navegador.close();
    }

    @Test
    void enInglesDesdeElAccesoHastaLaConfirmacionDelAlta() throws Exception {
        navegador.ir(Local.raiz(base), "portal/casos/nuevo.xhtml");
        assertThat(idiomaDeLaPagina()).isEqualTo("es");
        assertThat(navegador.titulo()).isEqualTo("Acceso al servicio");
        assertThat(enlace().getText()).isEqualTo("English");
        assertThat(enlace().getAttribute("lang")).isEqualTo("en");

        navegador.pulsarYEsperarPagina(By.id("cambiar-idioma"));
        assertThat(driver.getCurrentUrl()).endsWith("/portal/casos/nuevo.xhtml");
        assertThat(idiomaDeLaPagina()).isEqualTo("en");
        assertThat(navegador.titulo()).isEqualTo("Sign in");
        assertThat(enlace().getText()).isEqualTo("Español");
        assertThat(enlace().getAttribute("lang")).isEqualTo("es");
        Cookie cookie = driver.manage().getCookieNamed("casia-idioma");
        assertThat(cookie.getValue()).isEqualTo("en");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
        navegador.captura("idioma-acceso-en");

        driver.findElement(By.id("acceso:usuario")).sendKeys("11111111H");
        driver.findElement(By.id("acceso:contrasena")).sendKeys("casia");
        navegador.pulsarYEsperarPagina(By.id("acceso:entrar"));
        navegador.ir(Local.raiz(base), "portal/casos/nuevo.xhtml");
        assertThat(idiomaDeLaPagina()).isEqualTo("en");
        assertThat(navegador.titulo()).isEqualTo("New case");
        assertThat(etiqueta("tipo")).startsWith("Type of case");
        assertThat(etiqueta("materia")).startsWith("Subject");
        assertThat(etiqueta("titulo")).startsWith("Title");
        assertThat(driver.findElement(By.id("nuevo:finalizarAlta")).getText()).isEqualTo("Finish filing");

        assertThat(textosDe("tipo")).contains("Consultation", "Error/Incident", "Procedure");
        elegir("tipo", "CONSULTA");
        assertThat(textosDe("materia")).contains("Cotización", "Recaudación");
        elegir("materia", "COTIZACION");
        elegir("categoria", "CON_COT_SLD");
        elegir("afectaPeriodoEnCurso", "false");
        escribir("descripcion", "How is a confirmed settlement corrected?");
        navegador.pulsarYEsperarPagina(By.id("nuevo:finalizarAlta"));
        assertThat(driver.findElement(By.id("nuevo:mensajes")).getText())
                .isEqualTo("The case could not be filed: check the fields marked.");
        assertThat(mensaje("titulo")).isEqualTo("The title is required.");
        assertThat(valor("descripcion")).isEqualTo("How is a confirmed settlement corrected?");
        navegador.captura("idioma-nuevo-errores-en");

        String titulo = "Settlement " + System.nanoTime();
        escribir("titulo", titulo);
        driver.findElement(By.id("nuevo:anadirLinea")).click();
        navegador.esperar();
        escribir("dato0-ccc", "28 1234567 42");
        elegir("tipoDocumento", "OTROS");
        escribir("tituloDocumento", "Settlement document");
        driver.findElement(By.cssSelector("input[type='file'][id^='nuevo:ficheroDocumento']"))
                .sendKeys(Ficheros.pdf(ficheros, "liquidacion.pdf")
                        .toAbsolutePath()
                        .toString());
        navegador.pulsarYEsperarPagina(By.id("nuevo:anexar"));
        assertThat(driver.findElement(By.id("nuevo:mensajes")).getText())
                .isEqualTo("Document “liquidacion.pdf” attached. It will be sent when you press Finish filing.");
        assertThat(valor("dato0-ccc")).isEqualTo("28 1234567 42");
        navegador.captura("idioma-nuevo-en");

        navegador.pulsarYEsperarPagina(By.id("nuevo:finalizarAlta"));
        assertThat(driver.getCurrentUrl()).contains("/portal/casos/alta.xhtml?numero=");
        assertThat(navegador.titulo()).isEqualTo("Confirmation of the filing");
        String numero = driver.findElement(By.id("numero-caso")).getText();
        assertThat(driver.findElement(By.id("tipo-caso")).getText()).isEqualTo("Consultation");
        assertThat(driver.findElement(By.id("confirmacion")).getText())
                .isEqualTo("The case has been filed with case number " + numero + ". Use this number to follow it up.");
        navegador.captura("idioma-alta-en");

        navegador.pulsarYEsperarPagina(By.id("cambiar-idioma"));
        assertThat(driver.getCurrentUrl()).contains("/portal/casos/alta.xhtml?numero=");
        assertThat(idiomaDeLaPagina()).isEqualTo("es");
        assertThat(navegador.titulo()).isEqualTo("Confirmación del alta");
        assertThat(driver.findElement(By.id("numero-caso")).getText()).isEqualTo(numero);
        assertThat(enlace().getText()).isEqualTo("English");
    }

    private WebElement enlace() {
        return driver.findElement(By.id("cambiar-idioma"));
    }

    private String idiomaDeLaPagina() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    private String etiqueta(String campo) {
        return driver.findElement(By.cssSelector("label[for='nuevo:" + campo + "']"))
                .getText();
    }

    private void elegir(String campo, String valor) {
        navegador.elegir("nuevo:" + campo, valor);
    }

    private java.util.List<String> textosDe(String campo) {
        return new Select(driver.findElement(By.id("nuevo:" + campo)))
                .getOptions().stream().map(WebElement::getText).toList();
    }

    private void escribir(String campo, String texto) {
        driver.findElement(By.id("nuevo:" + campo)).sendKeys(texto);
    }

    private String valor(String campo) {
        return navegador.valor("nuevo:" + campo);
    }

    private String mensaje(String campo) {
        return driver.findElement(By.id("nuevo:" + campo + "-mensaje")).getText();
    }
}
