package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/**
 * Consulta/Modificación de datos de contacto (manual §2) in the browser: Lucía, usuario principal of 1000002, changes
 * the e-mail (a wrong address stays typed beside its message), empties it and puts it back; Javier, secundario of
 * 1000001, only reads his. Every state passes axe-core and is photographed, also at a phone's 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatosContactoIT {

    /** 1000002's address in the demo data: the test leaves it as it found it. */
    private static final String EMAIL_1000002 = "casia@asesoria-levante.example";

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

    @BeforeEach
    void sinSesion() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        navegador.sinSesion();
    }

    @Test
    void elUsuarioPrincipalCambiaElCorreoYUnoNoValidoSeQuedaEscritoJuntoASuMensaje() {
        navegador.acceder(Local.raiz(base), "12345678Z");
        navegador.pulsarYEsperarPagina(By.linkText("1000002"));
        navegador.pulsarYEsperarPagina(By.id("datos-contacto"));
        assertThat(navegador.titulo()).isEqualTo("Consulta y modificación de datos de contacto");
        assertThat(valor()).isEqualTo(EMAIL_1000002);
        navegador.captura("contacto-principal");

        guardar("no es un correo");
        assertThat(valor()).isEqualTo("no es un correo");
        assertThat(navegador.texto("contacto:email-mensaje"))
                .isEqualTo("La dirección de correo electrónico no es válida.");
        assertThat(driver.findElement(By.id("contacto:email")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        navegador.captura("contacto-no-valido");

        guardar("avisos@asesoria-levante.example");
        assertThat(driver.getCurrentUrl()).endsWith("/portal/datos-contacto.xhtml");
        assertThat(navegador.texto("contacto:mensajes"))
                .isEqualTo("Se ha guardado la cuenta de correo electrónico de contacto.");
        assertThat(valor()).isEqualTo("avisos@asesoria-levante.example");

        guardar("");
        assertThat(navegador.texto("contacto:mensajes"))
                .isEqualTo("Se ha quitado la cuenta de correo electrónico de contacto: no se enviarán avisos por"
                        + " correo electrónico.");
        assertThat(valor()).isEmpty();

        driver.manage().window().setSize(new Dimension(360, 800));
        guardar(EMAIL_1000002);
        assertThat(valor()).isEqualTo(EMAIL_1000002);
        assertThat(navegador.anchoSobrante()).isZero();
        navegador.captura("contacto-guardado-360");
    }

    @Test
    void unUsuarioSecundarioSoloLoConsulta() {
        navegador.acceder(Local.raiz(base), "87654321X");
        navegador.pulsarYEsperarPagina(By.id("datos-contacto"));
        assertThat(navegador.texto("email-actual")).isEqualTo("avisos@gestoria-martin-ortega.example");
        assertThat(navegador.texto("solo-principal"))
                .isEqualTo("Solo el usuario principal de la autorización puede modificar los datos de contacto.");
        assertThat(driver.findElements(By.id("contacto:email"))).isEmpty();
        navegador.captura("contacto-secundario");

        driver.manage().window().setSize(new Dimension(360, 800));
        driver.navigate().refresh();
        navegador.esperar();
        assertThat(navegador.anchoSobrante()).isZero();
        navegador.captura("contacto-secundario-360");
    }

    private static void guardar(String email) {
        driver.findElement(By.id("contacto:email")).clear();
        driver.findElement(By.id("contacto:email")).sendKeys(email);
        navegador.pulsarYEsperarPagina(By.id("contacto:guardar"));
    }

    private static String valor() {
        return navegador.valor("contacto:email");
    }
}
