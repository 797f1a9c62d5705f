package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** ops/index.xhtml as the browser tests drive it: launch today's cierre de oficio and follow its run. */
final class PaginaDeOperacion {

    private final Navegador navegador;

    PaginaDeOperacion(Navegador navegador) {
        this.navegador = navegador;
    }

    /**
     * "Lanzar ahora el cierre de oficio de hoy", then "Actualizar" until the newest run is "Terminada".
     *
     * @return that run's cells: día, trabajo, ejecución, estado, resultado
     */
    List<String> lanzarElCierreDeHoyYEsperarQueTermine() {
        navegador.pulsarYEsperarPagina(By.id("lote:lanzar"));
        assertThat(mensaje()).matches("Cierre de oficio lanzado \\(ejecución \\d+\\)\\.");
        List<String> fila = new WebDriverWait(navegador.driver(), Duration.ofSeconds(60)).until(d -> {
            navegador.pulsarYEsperarPagina(By.id("lote:actualizar"));
            List<String> celdas =
                    d.findElements(By.cssSelector("[id='lote:ejecuciones'] tbody tr:first-child td")).stream()
                            .map(WebElement::getText)
                            .toList();
            return celdas.size() >= 5 && celdas.get(3).equals("Terminada") ? celdas : null;
        });
        String hoy = LocalDate.now(ZoneId.of("Europe/Madrid")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(fila.get(0)).isEqualTo(hoy);
        assertThat(fila.get(1)).isEqualTo("Cierre de oficio");
        return fila;
    }

    void lanzarElCierreDeHoy() {
        navegador.pulsarYEsperarPagina(By.id("lote:lanzar"));
    }

    String mensaje() {
        return navegador.driver().findElement(By.id("lote:mensajes")).getText();
    }
}
