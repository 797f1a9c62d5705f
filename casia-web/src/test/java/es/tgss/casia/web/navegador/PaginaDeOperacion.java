package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * ops/index.xhtml as the browser tests drive it: launch today's cierre de oficio or a missed night, follow a run,
 * stop or restart it. Rows are found by their execution, cells by their column's class, never by position.
 */
final class PaginaDeOperacion {

    static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern EJECUCION = Pattern.compile("\\(ejecución (\\d+)\\)");

    private final Navegador navegador;

    PaginaDeOperacion(Navegador navegador) {
        this.navegador = navegador;
    }

    /** One row of the table of runs, as the page writes it. */
    record Fila(
            String dia,
            String trabajo,
            String ejecucion,
            String estado,
            List<String> pasos,
            List<String> errores,
            String duracion,
            List<String> acciones) {}

    /**
     * "Lanzar ahora el cierre de oficio de hoy", then "Actualizar" until its run is "Terminada".
     *
     * @return that run's row
     */
    Fila lanzarElCierreDeHoyYEsperarQueTermine() {
        navegador.pulsarYEsperarPagina(By.id("lote:lanzar"));
        assertThat(mensaje()).matches("Cierre de oficio lanzado \\(ejecución \\d+\\)\\.");
        long id = ejecucionDelMensaje();
        Fila fila = esperarEstado(id, "Terminada", Duration.ofSeconds(60));
        String hoy = LocalDate.now(ZoneId.of("Europe/Madrid")).format(DIA);
        assertThat(fila.dia()).isEqualTo(hoy);
        assertThat(fila.trabajo()).isEqualTo("Cierre de oficio");
        return fila;
    }

    void lanzarElCierreDeHoy() {
        navegador.pulsarYEsperarPagina(By.id("lote:lanzar"));
    }

    /** "Ejecutar una noche no procesada" with that date (null: the field left empty). */
    void ejecutarLaNoche(LocalDate fecha) {
        WebElement campo = navegador.driver().findElement(By.id("noche:fecha"));
        // A date input takes keys in the browser's own format; its value is always yyyy-MM-dd.
        ((JavascriptExecutor) navegador.driver())
                .executeScript("arguments[0].value = arguments[1];", campo, fecha == null ? "" : fecha.toString());
        navegador.pulsarYEsperarPagina(By.id("noche:ejecutar"));
    }

    /** The value the date field shows (yyyy-MM-dd). */
    String fechaEscrita() {
        return navegador.driver().findElement(By.id("noche:fecha")).getAttribute("value");
    }

    /** The message beside the date field, empty when none. */
    String mensajeDeLaFecha() {
        return navegador.driver().findElement(By.id("noche:fecha-mensaje")).getText();
    }

    /** The page's messages (launches, restarts, refusals). */
    String mensaje() {
        return navegador.driver().findElement(By.id("mensajes")).getText();
    }

    /** The execution the page's message names ("… (ejecución 12)."). */
    long ejecucionDelMensaje() {
        Matcher m = EJECUCION.matcher(mensaje());
        assertThat(m.find()).as("el mensaje nombra la ejecución: %s", mensaje()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** "Actualizar" until the run of that execution shows that state. */
    Fila esperarEstado(long id, String estado, Duration hasta) {
        return new WebDriverWait(navegador.driver(), hasta).until(d -> {
            navegador.pulsarYEsperarPagina(By.id("lote:actualizar"));
            return fila(id).filter(f -> f.estado().equals(estado)).orElse(null);
        });
    }

    /** The row of that execution, if the page shows it. */
    Optional<Fila> fila(long id) {
        return filaElemento(id).map(PaginaDeOperacion::leer);
    }

    /** Presses a row's button ("detener", "reanudar"). */
    void pulsarEnLaFila(long id, String boton) {
        WebElement fila = filaElemento(id).orElseThrow(() -> new AssertionError("no hay fila de la ejecución " + id));
        WebElement pulsar = fila.findElement(By.cssSelector("[id$=':" + boton + "']"));
        navegador.pulsarYEsperarPagina(By.id(pulsar.getAttribute("id")));
    }

    private Optional<WebElement> filaElemento(long id) {
        return navegador.driver().findElements(By.cssSelector("[id='lote:ejecuciones'] tbody tr")).stream()
                .filter(tr -> tr.findElements(By.cssSelector("td.col-ejecucion .id-ejecucion")).stream()
                        .anyMatch(c -> c.getText().equals(Long.toString(id))))
                .findFirst();
    }

    private static Fila leer(WebElement tr) {
        return new Fila(
                celda(tr, "col-dia"),
                celda(tr, "col-trabajo"),
                celda(tr, "col-ejecucion"),
                tr.findElement(By.cssSelector("td.col-estado .estado-lote")).getText(),
                textos(tr, "td.col-pasos .paso-lote"),
                textos(tr, "td.col-errores .error-lote"),
                celda(tr, "col-duracion"),
                textos(tr, "td.col-acciones button"));
    }

    private static String celda(WebElement tr, String columna) {
        return tr.findElement(By.cssSelector("td." + columna)).getText().trim();
    }

    private static List<String> textos(WebElement tr, String selector) {
        return tr.findElements(By.cssSelector(selector)).stream()
                .map(WebElement::getText)
                .map(String::trim)
                .toList();
    }
}
