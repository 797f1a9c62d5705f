package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The back-office's Panel in the browser, as the supervisora of DP-28 (every unidad, and one chosen) and as a
 * tramitador of DP-28 (their unidad only): the figures shown are the database's, the CSV is the view shown, the
 * export is reached with the keyboard, every state passes axe-core (WCAG 2.1 AA) and is photographed into
 * target/capturas-portal. The cases it needs (one due for cierre de oficio in 5 days, one rated) are written straight
 * into the database: how a case gets there is the services' tests' business, how the panel shows it is this one's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PanelIT {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** A título an autorizado could type: a formula for a spreadsheet, a separator and quotes for the CSV. */
    private static final String TITULO = "=Panel; \"cifras\"";

    @ArquillianResource
    private URL base;

    private Navegador navegador;
    private WebDriver driver;
    private String numero;

    @BeforeEach
    void casos() throws SQLException {
        navegador = new Navegador();
        driver = navegador.driver();
        numero = "PANEL/" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        // Asked 16 days ago (at noon in Madrid): the first day of cierre de oficio is in 5 days.
        Instant solicitud =
                LocalDate.now(MADRID).minusDays(16).atTime(12, 0).atZone(MADRID).toInstant();
        insertar(numero, "SOLICITADA_INFORMACION", TITULO, solicitud, null);
        insertar(numero + "V", "RESUELTO", "Panel: valorado", null, 5);
        // Filed and not yet taken: no unidad has it.
        insertar(numero + "P", "PRESENTADO", "Panel: sin unidad", null, null);
    }

    @AfterEach
    void cerrar() {
        navegador.close();
    }

    @Test
    void laSupervisoraVeTodasLasUnidadesYEligeUna() throws Exception {
        URI raiz = Local.raiz(base);
        navegador.acceder(raiz, "sup.madrid");
        navegador.pulsarYEsperarPagina(By.id("menu-panel"));
        assertThat(navegador.titulo()).isEqualTo("Panel");
        assertThat(navegador.texto("alcance")).isEqualTo("Todas las unidades");
        assertThat(navegador.texto("fecha")).contains(LocalDate.now(MADRID).format(DIA));
        assertThat(celdaTotal("abiertos")).isEqualTo(Long.toString(abiertos(null)));
        assertThat(celdaTotal("antiguedad")).isEqualTo(Long.toString(abiertos(null)));
        assertThat(cabeceras("abiertos"))
                .containsExactly(
                        "Unidad",
                        "Presentado",
                        "Asignado",
                        "Solicitada Información",
                        "Escalado",
                        "Transferido",
                        "Total");
        assertThat(driver.findElement(By.cssSelector("#abiertos caption")).getText())
                .startsWith("Casos abiertos");
        assertThat(navegador.texto("por-cerrar")).contains(numero, TITULO);
        WebElement enlace = driver.findElement(By.linkText(numero));
        assertThat(enlace.getAttribute("href"))
                .endsWith("/backoffice/casos/caso.xhtml?numero=" + numero.replace("/", "%2F"));
        assertThat(navegador.texto("valoraciones-unidad")).contains("DP-28");
        assertThat(navegador.texto("valoraciones-materia")).contains("Cotización");
        navegador.captura("panel-supervisora-todas");

        HttpResponse<byte[]> todas = descargar(raiz, enlaceCsv());
        assertThat(todas.statusCode()).isEqualTo(200);
        assertThat(todas.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("panel-todas-" + LocalDate.now(MADRID) + ".csv");
        String csvTodas = texto(todas.body());
        long sinUnidad = abiertosSinUnidad();
        assertThat(sinUnidad).isPositive();
        assertThat(csvTodas)
                .contains(
                        "Unidad;Todas las unidades\r\n",
                        "\r\nSin unidad;" + sinUnidad + ";0;0;0;0;" + sinUnidad + "\r\n");
        assertThat(filas("abiertos")).contains("DP-28", "Sin unidad").last().isEqualTo("Sin unidad");
        assertThat(csvTodas).contains(numero + ";\"'=Panel; \"\"cifras\"\"\";DP-28;");

        new Select(driver.findElement(By.id("unidad"))).selectByValue("DP-28");
        navegador.pulsarYEsperarPagina(By.id("ver"));
        assertThat(driver.getCurrentUrl()).contains("unidad=DP-28");
        assertThat(navegador.texto("alcance")).isEqualTo("DP-28 · Dirección Provincial de Madrid");
        assertThat(new Select(driver.findElement(By.id("unidad")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("DP-28");
        assertThat(celdaTotal("abiertos")).isEqualTo(Long.toString(abiertos("DP-28")));
        assertThat(filas("abiertos")).containsOnly("DP-28");
        navegador.captura("panel-supervisora-dp28");
        navegador.movil("panel-supervisora-dp28-360px");

        HttpResponse<byte[]> madrid = descargar(raiz, enlaceCsv());
        assertThat(madrid.statusCode()).isEqualTo(200);
        assertThat(madrid.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(madrid.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("panel-DP-28-" + LocalDate.now(MADRID) + ".csv");
        byte[] bytes = madrid.body();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = texto(bytes);
        List<String> lineas = csv.lines().toList();
        assertThat(lineas)
                .contains("Unidad;DP-28", "Fecha;" + LocalDate.now(MADRID).format(DIA));
        assertThat(lineas)
                .contains("Unidad;Presentado;Asignado;Solicitada Información;Escalado;Transferido;Total")
                .anySatisfy(l -> assertThat(l).startsWith("Total;").endsWith(";" + abiertos("DP-28")))
                .noneSatisfy(l -> assertThat(l).startsWith("Sin unidad;"));
        assertThat(lineas)
                .contains(numero + ";\"'=Panel; \"\"cifras\"\"\";DP-28;"
                        + LocalDate.now(MADRID).plusDays(4).format(DIA));
        assertThat(lineas).contains("Materia;Casos valorados;Valoración media (1 a 5);Con 1;Con 2;Con 3;Con 4;Con 5");
        assertThat(csv).contains("\r\n");

        // The export by keyboard alone: Tab from the top of the page reaches it, and its focus is visible.
        driver.navigate().refresh();
        navegador.esperar();
        assertThat(tabularHasta("exportar"))
                .as("Exportar CSV alcanzado con el tabulador")
                .isTrue();
        assertThat(((JavascriptExecutor) driver)
                        .executeScript("return getComputedStyle(document.activeElement).outlineStyle;"))
                .isNotEqualTo("none");
        navegador.captura("panel-exportar-con-el-teclado");
    }

    @Test
    void unTramitadorVeSoloSuUnidad() throws Exception {
        URI raiz = Local.raiz(base);
        navegador.acceder(raiz, "tram.madrid1");
        navegador.pulsarYEsperarPagina(By.id("menu-panel"));
        assertThat(driver.findElements(By.id("unidad"))).isEmpty();
        assertThat(navegador.texto("alcance")).isEqualTo("DP-28 · Dirección Provincial de Madrid");
        assertThat(filas("abiertos")).containsOnly("DP-28");
        assertThat(celdaTotal("abiertos")).isEqualTo(Long.toString(abiertos("DP-28")));
        assertThat(navegador.texto("por-cerrar")).contains(numero);
        assertThat(navegador.texto("por-cerrar-recuento")).startsWith("Casos que vencen:");
        navegador.captura("panel-tramitador");

        HttpResponse<byte[]> csv = descargar(raiz, enlaceCsv());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(texto(csv.body())).contains("Unidad;DP-28\r\n", numero);

        // Another unidad's panel is a supervisor's: refused on the page and in the export.
        navegador.ir(raiz, "backoffice/panel.xhtml?unidad=UC-COT");
        assertThat(navegador.texto("mensajes")).contains("no está disponible para su perfil");
        assertThat(driver.findElements(By.id("abiertos"))).isEmpty();
        assertThat(descargar(raiz, "backoffice/panel.csv?unidad=UC-COT").statusCode())
                .isEqualTo(403);
        navegador.captura("panel-tramitador-otra-unidad");

        // In English too, from the header's link.
        navegador.ir(raiz, "backoffice/panel.xhtml");
        navegador.pulsarYEsperarPagina(By.id("cambiar-idioma"));
        assertThat(navegador.titulo()).isEqualTo("Dashboard");
        assertThat(cabeceras("abiertos")).contains("Unit", "Total");
        navegador.captura("panel-tramitador-en");
    }

    /** The path of the page's export link, under the root, with its query. */
    private String enlaceCsv() {
        URI enlace = URI.create(driver.findElement(By.id("exportar")).getAttribute("href"));
        String ruta = enlace.getRawPath().substring(enlace.getRawPath().indexOf("/backoffice/") + 1);
        return enlace.getRawQuery() == null ? ruta : ruta + "?" + enlace.getRawQuery();
    }

    /** A GET with the browser's session, keeping the query (the unidad of the view). */
    private HttpResponse<byte[]> descargar(URI raiz, String ruta) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(raiz.resolve(ruta))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String texto(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8).substring(1);
    }

    private boolean tabularHasta(String id) {
        driver.findElement(By.tagName("body")).click();
        ((JavascriptExecutor) driver).executeScript("document.activeElement.blur(); window.scrollTo(0, 0);");
        for (int i = 0; i < 40; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (id.equals(((JavascriptExecutor) driver).executeScript("return document.activeElement.id;"))) {
                return true;
            }
        }
        return false;
    }

    private List<String> cabeceras(String tabla) {
        return driver.findElements(By.cssSelector("#" + tabla + " thead th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private List<String> filas(String tabla) {
        return driver.findElements(By.cssSelector("#" + tabla + " tbody th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The last cell of the total row: the open cases of the view. */
    private String celdaTotal(String tabla) {
        List<WebElement> celdas = driver.findElements(By.cssSelector("#" + tabla + " tfoot td"));
        return celdas.get(celdas.size() - 1).getText();
    }

    /** The open cases of a unidad (null: of every unidad, and those with none), counted by the database. */
    private static long abiertos(String unidad) throws SQLException {
        String sql = "select count(*) from caso c where c.subestado in ('PRESENTADO', 'ASIGNADO',"
                + " 'SOLICITADA_INFORMACION', 'ESCALADO', 'TRANSFERIDO')"
                + (unidad == null ? "" : " and c.unidad_id = (select id from unidad where codigo = ?)");
        try (Connection c = conexion();
                PreparedStatement s = c.prepareStatement(sql)) {
            if (unidad != null) {
                s.setString(1, unidad);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * A case of 1000001 (Consulta de Cotización, filed 40 days ago) in the state given, worked by tram.madrid1 in DP-28
     * unless Presentado.
     */
    private static void insertar(String numero, String subestado, String titulo, Instant solicitud, Integer valoracion)
            throws SQLException {
        try (Connection c = conexion();
                PreparedStatement s = c.prepareStatement("""
                        insert into caso (id, numero, autorizacion_id, origen, usuario_alta_id, tipo, materia_id,
                            categoria_id, afecta_periodo_en_curso, titulo, descripcion, fecha_alta, subestado,
                            anulacion_pendiente, fecha_ultima_solicitud, ultimo_dia_informacion, unidad_id,
                            tramitador_id, valoracion, fecha_cierre, version)
                        select 900000000 + (random() * 99999999)::int, ?, a.id, 'AUTORIZADO', u.id, 'CONSULTA',
                            m.id, k.id, false, ?, 'Caso del panel.', now() - interval '40 days', ?, false, ?,
                            (?::timestamptz at time zone 'Europe/Madrid')::date + 20, case when ? then d.id end, case when ? then t.id end, ?, case when ? then now() end, 0
                        from autorizacion a, usuario u, materia m, categoria k, unidad d, usuario t
                        where a.numero = '1000001' and u.login = '12345678Z' and m.codigo = 'COTIZACION'
                          and k.codigo = 'CON_COT_SLD' and d.codigo = 'DP-28' and t.login = 'tram.madrid1'""")) {
            s.setString(1, numero);
            s.setString(2, titulo);
            s.setString(3, subestado);
            // The last day as it would have been stored: the request's Madrid date + 20.
            s.setTimestamp(4, solicitud == null ? null : Timestamp.from(solicitud));
            s.setTimestamp(5, solicitud == null ? null : Timestamp.from(solicitud));
            s.setBoolean(6, !subestado.equals("PRESENTADO"));
            s.setBoolean(7, !subestado.equals("PRESENTADO"));
            s.setObject(8, valoracion);
            s.setBoolean(9, valoracion != null);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static long abiertosSinUnidad() throws SQLException {
        try (Connection c = conexion();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from caso where subestado = 'PRESENTADO' and unidad_id is null");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Connection conexion() throws SQLException {
        return DriverManager.getConnection(System.getenv("CASIA_DB_URL"), "postgres", "");
    }
}
