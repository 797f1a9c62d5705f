package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver (given explicitly, so Selenium Manager never
 * runs and nothing is downloaded), with a fresh profile that asks for Spanish pages. Every page it waits for is
 * checked with axe-core against WCAG 2.1 A and AA: a test that reaches a page with a violation fails.
 */
final class Navegador implements AutoCloseable {

    private static final String CHROMEDRIVER = System.getProperty("casia.chromedriver", "/usr/bin/chromedriver");
    private static final String CHROMIUM = System.getProperty("casia.chromium", "/usr/bin/chromium");

    /** The WCAG 2.1 levels CASIA must meet (A and AA, as the public sector's EN 301 549 asks). */
    private static final String NORMAS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']";
    /** axe-core, from its webjar on the test classpath: nothing is downloaded while the tests run. */
    private static final String AXE = axe();

    private static final Path CAPTURAS = Path.of("target", "capturas-portal");

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
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--window-size=1280,900",
                        "--lang=es-ES",
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

    /**
     * Waits until the page has loaded and the PrimeFaces Ajax queue is empty (never a fixed sleep), then checks the
     * page's accessibility.
     */
    void esperar() {
        esperarLaCola();
        comprobarAccesibilidad();
    }

    /**
     * Only the wait of {@link #esperar}: for a test that goes through many states of one screen (a field after
     * another) and checks the accessibility of the screen once, at the end.
     */
    void esperarLaCola() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                        return document.readyState === 'complete'
                            && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());""")));
    }

    /**
     * Runs axe-core on the page as it is now and fails listing each violation: rule, impact, what it asks for and
     * the elements concerned. Injected through WebDriver, which the page's Content-Security-Policy does not limit.
     */
    void comprobarAccesibilidad() {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
            js.executeScript(AXE);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object resultado = js.executeAsyncScript("""
                const listo = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: %s}})
                    .then(r => listo(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' -> '
                        + v.nodes.map(n => n.target.join(' ')).join(', ')).join('\\n')))
                    .catch(e => listo('axe no ha podido analizar la página: ' + e));""".formatted(NORMAS));
        if (!"".equals(resultado)) {
            throw new AssertionError(
                    "Accesibilidad (axe-core, WCAG 2.1 AA) en " + driver.getCurrentUrl() + ":\n" + resultado);
        }
    }

    /**
     * Clicks what submits a whole page (not Ajax) and waits for the next document to have loaded. The old page is
     * marked and the wait is for a document without the mark: asking chromedriver whether the clicked element went
     * stale can fail mid-navigation with "Node with given id does not belong to the document".
     */
    void pulsarYEsperarPagina(By elemento) {
        cargarOtraPagina(() -> driver.findElement(elemento).click());
    }

    /**
     * Does what loads another page (a key pressed on a link or a button, a click found some other way) and waits as
     * {@link #pulsarYEsperarPagina} does.
     */
    void cargarOtraPagina(Runnable accion) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.casiaPaginaAnterior = true;");
        accion.run();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(js.executeScript(
                        "return window.casiaPaginaAnterior === undefined && document.readyState === 'complete';")));
        esperar();
    }

    /**
     * Saves the whole page, not only what the window shows (Chromium's DevTools capture beyond the viewport), as
     * target/capturas-portal/{nombre}.png.
     */
    void captura(String nombre) {
        // The capture lays the page out as tall as it is, so without the vertical scrollbar: as wide as the window,
        // which the width measured with the scrollbar would cut by the bar's width.
        long ancho = (Long)
                driver.executeScript("return Math.max(document.documentElement.scrollWidth, window.innerWidth);");
        long alto = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
        Map<String, Object> captura = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", ancho, "height", alto, "scale", 1)));
        try {
            Files.createDirectories(CAPTURAS);
            Files.write(CAPTURAS.resolve(nombre + ".png"), Base64.getDecoder().decode((String) captura.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How far the page overflows the window sideways: 0 when nothing needs a horizontal scroll. */
    long anchoSobrante() {
        return (Long) driver.executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
    }

    /**
     * Forgets the session (the cookies of the application), for the classes that keep one browser for all their tests
     * and start each test logged out. Before the first page there is no site to delete cookies of.
     */
    void sinSesion() {
        if (driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    /**
     * Logs in through the login page with the demo users' password ("casia") and waits for the page the login leads
     * to: every test that starts from a session does it the same way.
     */
    void acceder(URI raiz, String usuario) {
        acceder(raiz, usuario, "casia");
    }

    /** {@link #acceder(URI, String)} with any password, for the tests of a wrong one. */
    void acceder(URI raiz, String usuario, String contrasena) {
        driver.get(raiz.toString());
        esperar();
        driver.findElement(By.id("acceso:usuario")).sendKeys(usuario);
        driver.findElement(By.id("acceso:contrasena")).sendKeys(contrasena);
        pulsarYEsperarPagina(By.id("acceso:entrar"));
    }

    /** Opens a page of the application by its path under the root (with its query, if any) and waits for it. */
    void ir(URI raiz, String ruta) {
        driver.get(raiz.resolve(ruta).toString());
        esperar();
    }

    /** Opens a page of the portal for the case of that número (encoded into the query), or without one if null. */
    void abrir(URI raiz, String pagina, String numero) {
        String consulta = numero == null ? "" : "?numero=" + URLEncoder.encode(numero, StandardCharsets.UTF_8);
        driver.get(raiz.resolve(pagina) + consulta);
        esperar();
    }

    /** The case's page (Consulta de Caso) for that número. */
    void abrirCaso(URI raiz, String numero) {
        abrir(raiz, "portal/casos/caso.xhtml", numero);
    }

    /** The visible text of the element of that id. */
    String texto(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The value of the field of that id, as the browser holds it (what was typed or chosen). */
    String valor(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /** The page's heading (its h1). */
    String titulo() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /**
     * Chooses the option of that value in the list of that id and waits: a list's change sends Ajax (the next list
     * is narrowed, fields appear) that the next step needs done.
     */
    void elegir(String id, String valor) {
        new Select(driver.findElement(By.id(id))).selectByValue(valor);
        esperar();
    }

    /** The case page's "Estado/Subestado" without its label, as "Abierto/Presentado". */
    String estado() {
        return texto("estado-subestado").replace("Estado/Subestado:", "").strip();
    }

    /**
     * The same page at a phone's width (360 px), checked by axe and without a sideways scroll, saved as a screenshot
     * of that name; then the window back at its size, so the test goes on as before.
     */
    void movil(String nombre) {
        Dimension ventana = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(360, 800));
        comprobarAccesibilidad();
        assertThat(anchoSobrante()).isZero();
        captura(nombre);
        driver.manage().window().setSize(ventana);
    }

    /**
     * A GET of a link of the page (its path, under the root) with the browser's cookies, so with its session: what
     * the browser would download, read without going through Chromium's download handling.
     */
    HttpResponse<byte[]> descargar(URI raiz, String enlace) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        URI uri = raiz.resolve(URI.create(enlace).getRawPath());
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri).header("Cookie", cookies).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Tab presses allowed to reach a field from where the focus is: more means it is unreachable. */
    private static final int MAXIMO_DE_TABULACIONES = 80;

    /** What has the keyboard's focus. */
    WebElement enfocado() {
        return driver.switchTo().activeElement();
    }

    /** Keys typed into the page as a keyboard does, to whatever has the focus (a file input included). */
    void teclas(CharSequence... teclas) {
        new Actions(driver).sendKeys(teclas).perform();
    }

    /** Tab, Tab… until the element with that id has the focus; fails if it never does. */
    void tabularHasta(String id) {
        for (int i = 0; i < MAXIMO_DE_TABULACIONES; i++) {
            if (id.equals(enfocado().getAttribute("id"))) {
                return;
            }
            teclas(Keys.TAB);
        }
        throw new AssertionError("El tabulador no llega a «" + id + "» en " + driver.getCurrentUrl());
    }

    /** Reaches a list with Tab and moves through it with the down arrow until the value is chosen. */
    void elegirConFlechas(String id, String valor) {
        tabularHasta(id);
        for (int i = 0; i < 60 && !valor.equals(enfocado().getAttribute("value")); i++) {
            teclas(Keys.ARROW_DOWN);
            esperarLaCola();
        }
        assertThat(enfocado().getAttribute("value")).as(id).isEqualTo(valor);
        esperar();
    }

    /** A key (Enter on a link or a field, Space on a button) on what has the focus, then the next page loaded. */
    void teclaYEsperarPagina(CharSequence tecla) {
        cargarOtraPagina(() -> teclas(tecla));
    }

    private static String axe() {
        ClassLoader cargador = Navegador.class.getClassLoader();
        try (InputStream propiedades =
                cargador.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties pom = new Properties();
            pom.load(Objects.requireNonNull(propiedades, "falta el webjar de axe-core en el classpath de las pruebas"));
            try (InputStream script = cargador.getResourceAsStream(
                    "META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js")) {
                return new String(
                        Objects.requireNonNull(script, "falta axe.min.js en el webjar")
                                .readAllBytes(),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
