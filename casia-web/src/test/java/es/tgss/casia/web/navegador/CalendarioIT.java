package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The supervisors' Calendario de días inhábiles in the browser: sup.madrid adds a regional holiday in a year of the
 * test's own (random, far in the future, so runs sharing a database never meet), a Saturday is refused beside the
 * field with what was typed kept, the day is listed with its weekday, and removed after a confirmation (a "No"
 * first keeps it). Every page the helper opens or submits to passes axe-core. A tramitador gets 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarioIT {

    private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String MOTIVO = "Fiesta autonómica navegador";

    @ArquillianResource
    private URL base;

    private static Navegador navegador;

    @BeforeAll
    static void abrir() {
        navegador = new Navegador();
    }

    @AfterAll
    static void cerrar() {
        navegador.close();
    }

    @Test
    void laSupervisoraAnadeYQuitaUnDiaInhabil() {
        URI raiz = Local.raiz(base);
        WebDriver driver = navegador.driver();
        navegador.sinSesion();
        navegador.acceder(raiz, "sup.madrid");
        navegador.pulsarYEsperarPagina(By.id("menu-calendario"));
        assertThat(navegador.titulo()).isEqualTo("Calendario de días inhábiles");
        int esteAno = Year.now(ZoneId.of("Europe/Madrid")).getValue();
        assertThat(navegador.texto("ano-titulo")).isEqualTo("Días inhábiles de " + esteAno);
        assertThat(navegador.texto("nota"))
                .contains(
                        "Los sábados y los domingos son siempre días inhábiles",
                        "Los plazos ya comunicados conservan su fecha.");
        navegador.captura("calendario");

        // A past seeded holiday has no "Quitar": it has counted in deadlines already.
        navegador.ir(raiz, "backoffice/calendario.xhtml?ano=2026");
        WebElement anoNuevo = fila("01/01/2026");
        assertThat(anoNuevo.getText()).contains("jueves, 01/01/2026", "Año Nuevo", "Nacional", "Ya pasado");
        assertThat(anoNuevo.findElements(By.cssSelector("button[id$=':quitar']")))
                .isEmpty();
        navegador.pulsarYEsperarPagina(By.id("siguiente"));
        assertThat(navegador.texto("ano-titulo")).isEqualTo("Días inhábiles de 2027");

        // A Saturday is refused beside the date; what was typed stays in every field.
        int ano = ThreadLocalRandom.current().nextInt(2100, 9000);
        LocalDate viernes = LocalDate.of(ano, 6, 10).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        String sabado = viernes.plusDays(1).format(DIA);
        driver.findElement(By.id("alta:fecha")).sendKeys(sabado);
        driver.findElement(By.id("alta:descripcion")).sendKeys(MOTIVO);
        new Select(driver.findElement(By.id("alta:ambito"))).selectByValue("AUTONOMICO");
        navegador.pulsarYEsperarPagina(By.id("alta:anadir"));
        assertThat(navegador.texto("alta:fecha-mensaje")).isEqualTo("Los sábados y domingos ya son días inhábiles.");
        assertThat(navegador.valor("alta:fecha")).isEqualTo(sabado);
        assertThat(navegador.valor("alta:descripcion")).isEqualTo(MOTIVO);
        assertThat(navegador.valor("alta:ambito")).isEqualTo("AUTONOMICO");
        assertThat(driver.findElement(By.id("alta:fecha")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        navegador.captura("calendario-sabado-rechazado");

        // A date that is no date says how to write it.
        escribirFecha("31-12-" + ano);
        navegador.pulsarYEsperarPagina(By.id("alta:anadir"));
        assertThat(navegador.texto("alta:fecha-mensaje"))
                .isEqualTo("Escriba la fecha como dd/mm/aaaa, por ejemplo 24/06/2027.");
        assertThat(navegador.valor("alta:fecha")).isEqualTo("31-12-" + ano);

        // The Friday is added; the list shows its year.
        String fecha = viernes.format(DIA);
        escribirFecha(fecha);
        navegador.pulsarYEsperarPagina(By.id("alta:anadir"));
        assertThat(navegador.texto("mensajes"))
                .contains("Se ha añadido el " + fecha + " («" + MOTIVO + "») al calendario de días inhábiles.");
        assertThat(navegador.texto("ano-titulo")).isEqualTo("Días inhábiles de " + ano);
        assertThat(fila(fecha).getText()).contains("viernes, " + fecha, MOTIVO, "Autonómico", "sup.madrid");
        assertThat(navegador.valor("alta:fecha")).isEmpty();
        navegador.captura("calendario-dia-anadido");

        // "Quitar" asks first, with the focus on "No": No keeps it.
        navegador.pulsarYEsperarPagina(quitar(fecha));
        assertThat(navegador.enfocado().getAttribute("id")).isEqualTo("confirmar:noQuitar");
        assertThat(driver.findElement(By.cssSelector("[id='confirmar'] legend")).getText())
                .isEqualTo("¿Quitar el viernes, " + fecha + " («" + MOTIVO + "») del calendario?");
        navegador.captura("calendario-confirmar-quitar");
        navegador.pulsarYEsperarPagina(By.id("confirmar:noQuitar"));
        assertThat(driver.findElements(By.id("confirmar"))).isEmpty();
        assertThat(fila(fecha).getText()).contains(MOTIVO);

        navegador.pulsarYEsperarPagina(quitar(fecha));
        navegador.pulsarYEsperarPagina(By.id("confirmar:siQuitar"));
        assertThat(navegador.texto("mensajes"))
                .contains("Se ha quitado el " + fecha + " («" + MOTIVO + "») del calendario de días inhábiles.");
        assertThat(navegador.texto("dias:lista")).contains("No hay días inhábiles en este año");
    }

    @Test
    void unTramitadorNoEntraEnElCalendario() throws Exception {
        URI raiz = Local.raiz(base);
        navegador.sinSesion();
        navegador.acceder(raiz, "tram.madrid1");
        assertThat(navegador.driver().findElements(By.id("menu-calendario"))).isEmpty();
        assertThat(navegador.driver().findElements(By.id("menu-bandeja"))).hasSize(1);

        HttpResponse<byte[]> respuesta = navegador.descargar(raiz, "backoffice/calendario.xhtml");
        assertThat(respuesta.statusCode()).isEqualTo(403);
        navegador.ir(raiz, "backoffice/calendario.xhtml");
        assertThat(navegador.texto("mensaje-error")).isEqualTo("No tiene permiso para acceder a esta página.");
    }

    private static void escribirFecha(String texto) {
        WebElement campo = navegador.driver().findElement(By.id("alta:fecha"));
        campo.clear();
        campo.sendKeys(texto);
    }

    private static String filaXpath(String fecha) {
        return "//*[@id='dias:lista']//tbody/tr[.//span[contains(@class, 'casia-fecha') and contains(., '" + fecha
                + "')]]";
    }

    private static WebElement fila(String fecha) {
        List<WebElement> filas = navegador.driver().findElements(By.xpath(filaXpath(fecha)));
        assertThat(filas).as("fila del " + fecha).hasSize(1);
        return filas.get(0);
    }

    private static By quitar(String fecha) {
        return By.xpath(filaXpath(fecha) + "//button[contains(@id, ':quitar')]");
    }
}
