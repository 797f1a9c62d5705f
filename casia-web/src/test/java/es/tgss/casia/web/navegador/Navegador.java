package es.tgss.casia.web.navegador;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver (given explicitly, so Selenium Manager never
 * runs and nothing is downloaded), with a fresh profile that asks for Spanish pages.
 */
final class Navegador implements AutoCloseable {

    private static final String CHROMEDRIVER = System.getProperty("casia.chromedriver", "/usr/bin/chromedriver");
    private static final String CHROMIUM = System.getProperty("casia.chromium", "/usr/bin/chromium");

    private final Path perfil;
    private final ChromeDriver driver;

    Navegador() {
        try {
            perfil = Files.createTempDirectory("casia-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions opciones = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=es-ES",
                        "--user-data-dir=" + perfil)
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", "es-ES,es"));
        ChromeDriverService servicio = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(servicio, opciones);
    }

    WebDriver driver() {
        return driver;
    }

    /** Waits until the page has loaded and the PrimeFaces Ajax queue is empty: never a fixed sleep. */
    void esperar() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("""
                        return document.readyState === 'complete'
                            && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());""")));
    }

    /**
     * Clicks what submits a whole page (not Ajax) and waits for the next document to have loaded. The old page is
     * marked and the wait is for a document without the mark: asking chromedriver whether the clicked element went
     * stale can fail mid-navigation with "Node with given id does not belong to the document".
     */
    void pulsarYEsperarPagina(By elemento) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.casiaPaginaAnterior = true;");
        driver.findElement(elemento).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(js.executeScript(
                        "return window.casiaPaginaAnterior === undefined && document.readyState === 'complete';")));
        esperar();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> ficheros = Files.walk(perfil)) {
                ficheros.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // A leftover temporary profile under target/ is harmless.
            }
        }
    }
}
