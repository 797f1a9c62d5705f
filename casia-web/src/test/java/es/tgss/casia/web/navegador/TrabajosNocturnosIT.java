package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Operations launch tonight's cierre de oficio from their page and follow it to the end. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrabajosNocturnosIT {

    @ArquillianResource
    private URL base;

    @Test
    void opsLanzaElCierreDeOficioDeHoyUnaSolaVezYLoVeTerminar() {
        try (Navegador navegador = new Navegador()) {
            WebDriver driver = navegador.driver();
            driver.get(Local.raiz(base).toString());
            navegador.esperar();
            driver.findElement(By.id("acceso:usuario")).sendKeys("ops1");
            driver.findElement(By.id("acceso:contrasena")).sendKeys("casia");
            navegador.pulsarYEsperarPagina(By.id("acceso:entrar"));
            assertThat(driver.getCurrentUrl()).endsWith("/ops/index.xhtml");

            navegador.pulsarYEsperarPagina(By.id("lote:lanzar"));
            assertThat(driver.findElement(By.id("lote:mensajes")).getText())
                    .matches("Cierre de oficio lanzado \\(ejecución \\d+\\)\\.");

            String hoy = LocalDate.now(ZoneId.of("Europe/Madrid")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            List<String> fila = new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
                navegador.pulsarYEsperarPagina(By.id("lote:actualizar"));
                List<String> celdas = d.findElements(By.cssSelector("[id='lote:ejecuciones'] tbody tr:first-child td"))
                        .stream().map(WebElement::getText).toList();
                return celdas.size() >= 5 && celdas.get(3).equals("Terminada") ? celdas : null;
            });
            assertThat(fila.get(0)).isEqualTo(hoy);
            assertThat(fila.get(1)).isEqualTo("Cierre de oficio");
            assertThat(fila.get(4)).matches("CERRADOS=\\d+ SIN_CERRAR=\\d+");

            navegador.pulsarYEsperarPagina(By.id("lote:lanzar"));
            assertThat(driver.findElement(By.id("lote:mensajes")).getText())
                    .isEqualTo("El cierre de oficio de hoy ya se había lanzado.");
        }
    }
}
