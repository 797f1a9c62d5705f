package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The supervisor's Catálogo (issue 10) in the browser: sup.madrid adds a categoría and a subcategoría to Consultas ·
 * Recaudación, by keyboard, and Lucía (autorizado of 1000001, in a second browser) sees them offered in Nuevo Caso;
 * once retired, they are gone from it. Every screen of the catálogo passes axe-core (each page the helper opens or
 * submits to), and is photographed into target/capturas-portal. A plain tramitador gets 403. One browser per role;
 * the tramitador reuses the autorizado's once she is done.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogoIT {

    private static final String CATEGORIA = "Embargos de cuentas navegador";
    private static final String CODIGO = "CON_REC_EMBARGOS_DE_CUENTAS_NAVEGADOR";
    private static final String SUBCATEGORIA = "Embargo de saldos navegador";

    @ArquillianResource
    private URL base;

    private static Navegador supervisora;
    private static Navegador otro;

    @BeforeAll
    static void abrir() {
        supervisora = new Navegador();
        otro = new Navegador();
    }

    @AfterAll
    static void cerrar() {
        supervisora.close();
        otro.close();
    }

    @Test
    void loQueAnadeLaSupervisoraSeOfreceEnNuevoCasoHastaQueLoRetira() {
        URI raiz = Local.raiz(base);
        WebDriver sup = supervisora.driver();
        supervisora.acceder(raiz, "sup.madrid");
        supervisora.pulsarYEsperarPagina(By.id("menu-catalogo"));
        assertThat(supervisora.titulo()).isEqualTo("Catálogo");
        assertThat(new Select(sup.findElement(By.id("tipos:tipo")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Consulta");
        assertThat(nombres("materias")).contains("Cotización", "Recaudación");
        supervisora.captura("catalogo-materias");

        supervisora.pulsarYEsperarPagina(boton("materias", "Recaudación", "verMateria"));
        assertThat(supervisora.texto("categorias-titulo")).isEqualTo("Categorías · Recaudación");
        assertThat(nombres("categorias")).startsWith("Deudas y reclamaciones");

        // A refused name is said beside its field, and what was typed stays.
        sup.findElement(By.id("altaCategoria:categoria-codigo")).sendKeys("con rec");
        supervisora.pulsarYEsperarPagina(By.id("altaCategoria:anadirCategoria"));
        assertThat(supervisora.texto("altaCategoria:categoria-nombre-mensaje")).isEqualTo("El nombre es obligatorio.");
        assertThat(supervisora.texto("altaCategoria:categoria-codigo-mensaje"))
                .startsWith("El código solo puede contener");
        assertThat(supervisora.valor("altaCategoria:categoria-codigo")).isEqualTo("con rec");
        supervisora.captura("catalogo-categoria-con-errores");

        // By keyboard: the name, Tab to the código (emptied), Enter adds it (its group is a form of its own).
        WebElement nombre = sup.findElement(By.id("altaCategoria:categoria-nombre"));
        nombre.sendKeys(CATEGORIA);
        nombre.sendKeys(Keys.TAB);
        assertThat(sup.switchTo().activeElement().getAttribute("id")).isEqualTo("altaCategoria:categoria-codigo");
        // WebDriver's clear() takes the focus away: the keys go to the field again, which focuses it.
        WebElement codigo = sup.findElement(By.id("altaCategoria:categoria-codigo"));
        codigo.clear();
        marcarPagina(sup);
        codigo.sendKeys(Keys.ENTER);
        esperarPaginaNueva(sup);
        assertThat(supervisora.texto("mensajes")).contains("Se ha añadido «" + CATEGORIA + "».");
        assertThat(nombres("categorias")).endsWith(CATEGORIA);
        assertThat(fila("categorias", CATEGORIA).getText()).contains(CODIGO, "En uso");

        supervisora.pulsarYEsperarPagina(boton("categorias", CATEGORIA, "verCategoria"));
        sup.findElement(By.id("altaSubcategoria:subcategoria-nombre")).sendKeys(SUBCATEGORIA);
        supervisora.pulsarYEsperarPagina(By.id("altaSubcategoria:anadirSubcategoria"));
        assertThat(nombres("subcategorias")).containsExactly(SUBCATEGORIA);
        supervisora.captura("catalogo-categoria-y-subcategoria-anadidas");

        // The autorizado's Nuevo Caso offers both.
        otro.sinSesion();
        otro.acceder(raiz, "12345678Z");
        otro.pulsarYEsperarPagina(By.linkText("1000001"));
        otro.ir(raiz, "portal/casos/nuevo.xhtml");
        otro.elegir("nuevo:tipo", "CONSULTA");
        otro.elegir("nuevo:materia", "RECAUDACION");
        assertThat(opciones("nuevo:categoria")).contains(CATEGORIA);
        otro.elegir("nuevo:categoria", CODIGO);
        assertThat(opciones("nuevo:subcategoria")).contains(SUBCATEGORIA);
        otro.captura("nuevo-caso-con-la-categoria-del-catalogo");

        // Retired, it is no longer offered; the catálogo still lists it, as retired.
        supervisora.pulsarYEsperarPagina(boton("categorias", CATEGORIA, "retirar"));
        assertThat(supervisora.texto("mensajes"))
                .contains("Se ha retirado «" + CATEGORIA + "»: ya no se ofrece en los casos nuevos.");
        assertThat(fila("categorias", CATEGORIA).getText()).contains("Retirada");
        assertThat(fila("categorias", CATEGORIA).findElements(By.cssSelector("button[id$=':reactivar']")))
                .hasSize(1);
        supervisora.captura("catalogo-categoria-retirada");

        otro.ir(raiz, "portal/casos/nuevo.xhtml");
        otro.elegir("nuevo:tipo", "CONSULTA");
        otro.elegir("nuevo:materia", "RECAUDACION");
        assertThat(opciones("nuevo:categoria")).doesNotContain(CATEGORIA).contains("Deudas y reclamaciones");

        // The audit says who, from where and what, newest first.
        List<WebElement> cambios = sup.findElements(By.cssSelector("[id='auditoria:cambios'] tbody tr"));
        assertThat(cambios.get(0).getText()).contains("sup.madrid", "127.0.0.1", "Retirada", "Categoría", CODIGO);
        assertThat(cambios.get(1).getText()).contains("Alta", "Subcategoría", "«" + SUBCATEGORIA + "»");

        // The rename form, opened and left by keyboard (Escape is no trap: Cancelar is reachable by Tab).
        supervisora.pulsarYEsperarPagina(boton("categorias", CATEGORIA, "renombrar"));
        assertThat(sup.switchTo().activeElement().getAttribute("id")).isEqualTo("renombrar:nombreNuevo");
        assertThat(supervisora.valor("renombrar:nombreNuevo")).isEqualTo(CATEGORIA);
        supervisora.captura("catalogo-renombrar");
        supervisora.pulsarYEsperarPagina(By.id("renombrar:cancelarNombre"));
        assertThat(sup.findElements(By.id("renombrar:nombreNuevo"))).isEmpty();

        // A Trámite's categoría without subcategorías shows the documents it asks for.
        new Select(sup.findElement(By.id("tipos:tipo"))).selectByValue("TRAMITE");
        supervisora.pulsarYEsperarPagina(By.id("tipos:mostrar"));
        supervisora.pulsarYEsperarPagina(boton("materias", "Gestión de Autorizaciones RED", "verMateria"));
        supervisora.pulsarYEsperarPagina(
                boton("categorias", "Cambio de razón social de la autorización RED", "verCategoria"));
        assertThat(sup.findElements(By.id("lista-documentacion:tabla"))).hasSize(1);
        supervisora.captura("catalogo-documentacion-de-un-tramite");

        supervisora.pulsarYEsperarPagina(By.id("ir-tipos-documento"));
        assertThat(supervisora.titulo()).isEqualTo("Tipos de documento");
        assertThat(nombresEn("tipos:lista")).startsWith("Formulario de datos técnicos");
        supervisora.captura("catalogo-tipos-documento");

        supervisora.pulsarYEsperarPagina(By.id("volver"));
        supervisora.pulsarYEsperarPagina(By.id("ir-respuestas"));
        assertThat(supervisora.titulo()).isEqualTo("Respuestas predefinidas");
        supervisora.pulsarYEsperarPagina(
                By.xpath(filaXpath("respuestas:lista", "Trámite realizado") + "//button[contains(@id, ':editar')]"));
        assertThat(supervisora.valor("alta:respuesta-texto")).startsWith("El trámite solicitado ha sido realizado");
        supervisora.captura("catalogo-respuestas-editar");
    }

    @Test
    void unTramitadorNoEntraEnElCatalogo() throws Exception {
        URI raiz = Local.raiz(base);
        otro.sinSesion();
        otro.acceder(raiz, "tram.madrid1");
        assertThat(otro.driver().findElements(By.id("menu-catalogo"))).isEmpty();
        assertThat(otro.driver().findElements(By.id("menu-bandeja"))).hasSize(1);

        for (String pagina : List.of("index", "tipos-documento", "respuestas")) {
            HttpResponse<byte[]> respuesta = otro.descargar(raiz, "backoffice/catalogo/" + pagina + ".xhtml");
            assertThat(respuesta.statusCode()).as(pagina).isEqualTo(403);
        }
        otro.ir(raiz, "backoffice/catalogo/index.xhtml");
        assertThat(otro.texto("mensaje-error")).isEqualTo("No tiene permiso para acceder a esta página.");
        otro.captura("catalogo-tramitador-403");
    }

    private static String filaXpath(String tabla, String nombre) {
        return "//*[@id='" + tabla + "']//tbody/tr[.//span[contains(@class, 'casia-nombre') and normalize-space()='"
                + nombre + "']]";
    }

    private static WebElement fila(String tabla, String nombre) {
        return supervisora.driver().findElement(By.xpath(filaXpath("lista-" + tabla + ":tabla", nombre)));
    }

    /** The button of that action ("retirar", "verMateria"…) in the row of that name. */
    private static By boton(String tabla, String nombre, String accion) {
        return By.xpath(filaXpath("lista-" + tabla + ":tabla", nombre) + "//button[contains(@id, ':" + accion + "')]");
    }

    private static List<String> nombres(String tabla) {
        return nombresEn("lista-" + tabla + ":tabla");
    }

    /** The names listed in the table of that client id. */
    private static List<String> nombresEn(String tabla) {
        return supervisora.driver().findElements(By.cssSelector("[id='" + tabla + "'] tbody .casia-nombre")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The labels of a list of the autorizado's page. */
    private static List<String> opciones(String id) {
        return new Select(otro.driver().findElement(By.id(id)))
                .getOptions().stream().map(WebElement::getText).toList();
    }

    /** As Navegador.pulsarYEsperarPagina, for a submission sent by a key rather than a click. */
    private static void marcarPagina(WebDriver driver) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.casiaPaginaAnterior = true;");
    }

    private static void esperarPaginaNueva(WebDriver driver) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return window.casiaPaginaAnterior === undefined"
                                + " && document.readyState === 'complete';")));
        supervisora.esperar();
    }
}
