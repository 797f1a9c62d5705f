package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.caso.CicloDeVidaCaso;
import es.tgss.casia.prueba.Local;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.stream.Collectors;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Gestión de Casos (manual §5.2) in a real browser, as the usuario principal of 1000001: the choice of action, both
 * search options, the one-month rule, the page of a case (deadline, pending cancellation, answer, TGSS origin,
 * history) and another autorización's case, which is "not found" both from Opción 1 and by its address. Every
 * screen passes axe-core (WCAG 2.1 AA), is photographed into target/capturas-portal, and the search and the case
 * are also photographed at a phone's 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GestionCasosIT {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @ArquillianResource
    private URL base;

    private static Navegador navegador;
    private static WebDriver driver;

    /** Whose cases the browser looks for: the three cases of this run, with a mark no other test writes. */
    private static final String MARCA = Long.toString(System.nanoTime(), 36);

    /** More cases than one page of Gestión de Casos holds (20), all in autorización 1000003. */
    private static final int MUCHOS = 21;

    private static final byte[] DOCUMENTO =
            "Nómina de enero, con acentos: cotización.\n".getBytes(StandardCharsets.UTF_8);

    /** Not a real justificante (those are issued by the services): the page only lists it and links its bytes. */
    private static final byte[] JUSTIFICANTE = "%PDF-1.7 justificante de prueba".getBytes(StandardCharsets.US_ASCII);

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String solicitada;
    private static Instant solicitud;
    private static String resuelto;
    private static String ajeno;

    /**
     * The cases are written straight to the test database, in the states the services leave them: this test drives
     * the browser from outside the server, and no screen of the portal files or moves a case yet.
     */
    @BeforeAll
    static void preparar() throws SQLException, IOException {
        solicitud = Instant.now().minus(2, ChronoUnit.DAYS);
        try (Connection c = DriverManager.getConnection(System.getenv("CASIA_DB_URL"), "postgres", "")) {
            solicitada = caso(c, "1000001", "SOLICITADA_INFORMACION", "AUTORIZADO", true, null);
            linea(c, solicitada, "FINALIZAR_ALTA", "PRESENTADO", "12345678Z", null);
            linea(c, solicitada, "ASIGNAR", "ASIGNADO", "tram.madrid1", "Asignado a tram.madrid1");
            linea(
                    c,
                    solicitada,
                    "SOLICITAR_INFORMACION",
                    "SOLICITADA_INFORMACION",
                    "tram.madrid1",
                    "Aporte el modelo TA.1 firmado por el trabajador.");
            linea(c, solicitada, "SOLICITAR_ANULACION", "SOLICITADA_INFORMACION", "12345678Z", null);
            try (PreparedStatement s = c.prepareStatement("""
                    insert into dato_complementario (caso_id, linea, ccc, ipf, tipo_ipf, periodo_desde, periodo_hasta)
                    values ((select id from caso where numero = ?), 0, '28123456742', '12345678Z', '1', '01/2026',
                        '03/2026')""")) {
                s.setString(1, solicitada);
                s.executeUpdate();
            }
            resuelto = caso(c, "1000001", "RESUELTO", "TGSS", false, "Su cotización se ha regularizado.");
            linea(c, resuelto, "ABRIR_POR_TGSS", "SOLICITADA_INFORMACION", "tram.madrid1", "Aporte el recibo.");
            linea(c, resuelto, "RESOLVER", "RESUELTO", "tram.madrid1", "Su cotización se ha regularizado.");
            documento(c, solicitada, DOCUMENTO);
            justificante(c, solicitada, JUSTIFICANTE);
            ajeno = caso(c, "1000002", "PRESENTADO", "AUTORIZADO", false, null);
            linea(c, ajeno, "FINALIZAR_ALTA", "PRESENTADO", "12345678Z", null);
            for (int i = 0; i < MUCHOS; i++) {
                caso(c, "1000003", "PRESENTADO", "AUTORIZADO", false, null);
            }
        }
        navegador = new Navegador();
        driver = navegador.driver();
    }

    @AfterAll
    static void cerrar() {
        if (navegador != null) {
            navegador.close();
        }
    }

    private static String caso(
            Connection c, String autorizacion, String subestado, String origen, boolean anulacion, String respuesta)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into caso (id, numero, autorizacion_id, origen, usuario_alta_id, tipo, materia_id, categoria_id,
                    afecta_periodo_en_curso, titulo, descripcion, fecha_alta, subestado, anulacion_pendiente,
                    fecha_ultima_solicitud, ultimo_dia_informacion, respuesta, fecha_cierre, version)
                values (nextval('caso_seq'),
                    extract(year from now() at time zone 'Europe/Madrid')::int || '/'
                        || lpad(nextval('caso_numero_seq')::text, 8, '0'),
                    (select id from autorizacion where numero = ?), ?,
                    (select u.id from usuario u join miembro_autorizacion m on m.usuario_id = u.id
                        join autorizacion a on a.id = m.autorizacion_id where a.numero = ? order by u.login limit 1),
                    'CONSULTA', (select id from materia where codigo = 'COTIZACION'),
                    (select id from categoria where codigo = 'CON_COT_SLD'), true, ?,
                    'Descripción del caso con acentos: cotización.', now(), ?, ?, ?,
                    (?::timestamptz at time zone 'Europe/Madrid')::date + 20, ?,
                    case when ? then now() end, 0)
                returning numero""")) {
            s.setString(1, autorizacion);
            s.setString(2, origen);
            s.setString(3, autorizacion);
            s.setString(4, "Gestión " + MARCA + " " + subestado.toLowerCase().substring(0, 8));
            s.setString(5, subestado);
            s.setBoolean(6, anulacion);
            Timestamp pedida = "SOLICITADA_INFORMACION".equals(subestado) ? Timestamp.from(solicitud) : null;
            s.setTimestamp(7, pedida);
            s.setTimestamp(8, pedida);
            s.setString(9, respuesta);
            s.setBoolean(10, respuesta != null);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static void justificante(Connection c, String numero, byte[] pdf) throws SQLException {
        // A CEA ID of 12 characters of its alphabet, different on every run.
        String ceaId = Long.toString(System.nanoTime(), 36).toUpperCase().replaceAll("[01ILO]", "X");
        ceaId = (ceaId + "ABCDEFGHJKMN").substring(0, 12);
        try (PreparedStatement s = c.prepareStatement("""
                insert into justificante (id, caso_id, clase, cea_id, cea_fecha, cea_codigo, huella_sha256, tamano, pdf,
                    emitido)
                values (nextval('justificante_seq'), (select id from caso where numero = ?), 'SOLICITUD_TRAMITE', ?,
                    current_date, 'ABCDEFGHJKMNPQRSTUVWXYZ2345678', ?, ?, ?, now())""")) {
            s.setString(1, numero);
            s.setString(2, ceaId);
            s.setString(3, sha256(pdf));
            s.setLong(4, pdf.length);
            s.setBytes(5, pdf);
            s.executeUpdate();
        }
    }

    private static String sha256(byte[] datos) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(datos));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A text document stored as the PostgreSQL store keeps one (one piece, its SHA-256), attached at the alta. */
    private static void documento(Connection c, String numero, byte[] datos) throws SQLException {
        String huella = sha256(datos);
        try (PreparedStatement s = c.prepareStatement("""
                with contenido_nuevo as (
                    insert into contenido (tamano, huella_sha256) values (?, ?) returning id),
                trozo as (
                    insert into contenido_trozo (contenido_id, numero, datos)
                    select id, 0, ? from contenido_nuevo)
                insert into documento_caso (id, caso_id, tipo_documento_id, titulo, nombre_fichero, formato, tamano,
                    huella_sha256, autor, fecha, en_alta, referencia)
                select nextval('documento_caso_seq'), (select id from caso where numero = ?),
                    (select id from tipo_documento where codigo = 'DOCUMENTACION_ACREDITATIVA'), 'Nómina de enero',
                    'nomina-enero.txt', 'TEXTO', ?, ?, '12345678Z', now(), true, 'postgresql:' || id
                from contenido_nuevo""")) {
            s.setLong(1, datos.length);
            s.setString(2, huella);
            s.setBytes(3, datos);
            s.setString(4, numero);
            s.setLong(5, datos.length);
            s.setString(6, huella);
            s.executeUpdate();
        }
    }

    private static void linea(Connection c, String numero, String accion, String subestado, String actor, String obs)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into historial_caso (id, caso_id, accion, subestado, fecha, actor, observacion)
                values (nextval('historial_caso_seq'), (select id from caso where numero = ?), ?, ?, clock_timestamp(),
                    ?, ?)""")) {
            s.setString(1, numero);
            s.setString(2, accion);
            s.setString(3, subestado);
            s.setString(4, actor);
            s.setString(5, obs);
            s.executeUpdate();
        }
    }

    @BeforeEach
    void sinSesion() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        navegador.sinSesion();
    }

    /** Opción 2 lists a page at a time, counted and cut in the database: Siguiente and Anterior walk it. */
    @Test
    void losResultadosSeRecorrenPorPaginas() throws IOException {
        navegador.acceder(Local.raiz(base), "11111111H");
        navegador.pulsarYEsperarPagina(By.id("gestion-casos"));
        navegador.pulsarYEsperarPagina(By.id("busqueda:buscar"));
        int total = Integer.parseInt(navegador.texto("recuento").replaceAll("\\D", ""));
        assertThat(total).isGreaterThanOrEqualTo(MUCHOS);
        assertThat(filas()).isEqualTo(20);
        assertThat(driver.findElements(By.id("busqueda:anterior"))).isEmpty();

        navegador.pulsarYEsperarPagina(By.id("busqueda:siguiente"));
        assertThat(filas()).isEqualTo(Math.min(20, total - 20));
        navegador.captura("gestion-pagina-2");
        navegador.pulsarYEsperarPagina(By.id("busqueda:anterior"));
        assertThat(filas()).isEqualTo(20);
    }

    /** Tipo de Caso narrows the Materia list by Ajax; a materia the tipo does not offer is cleared, one it does stays. */
    @Test
    void elTipoDeCasoAcotaLasMaterias() throws IOException {
        navegador.acceder(Local.raiz(base), "11111111H");
        navegador.pulsarYEsperarPagina(By.id("gestion-casos"));
        assertThat(opciones("busqueda:materia")).contains("RECAUDACION", "COTIZACION", "INSCRIPCION_EMPRESAS");

        new Select(driver.findElement(By.id("busqueda:materia"))).selectByValue("RECAUDACION");
        navegador.elegir("busqueda:tipo", "TRAMITE");
        assertThat(opciones("busqueda:materia")).doesNotContain("RECAUDACION").contains("INSCRIPCION_EMPRESAS");
        assertThat(navegador.valor("busqueda:materia")).isEmpty();
        navegador.captura("gestion-materias-de-tramite");

        new Select(driver.findElement(By.id("busqueda:materia"))).selectByValue("COTIZACION");
        navegador.elegir("busqueda:tipo", "CONSULTA");
        assertThat(opciones("busqueda:materia")).contains("RECAUDACION");
        assertThat(navegador.valor("busqueda:materia")).isEqualTo("COTIZACION");

        new Select(driver.findElement(By.id("busqueda:tipo"))).selectByIndex(0);
        navegador.esperar();
        assertThat(opciones("busqueda:materia")).contains("RECAUDACION", "INSCRIPCION_EMPRESAS");
        assertThat(navegador.valor("busqueda:materia")).isEqualTo("COTIZACION");
        navegador.pulsarYEsperarPagina(By.id("busqueda:buscar"));
        assertThat(driver.findElements(By.cssSelector("[id^='busqueda:'][id$='-mensaje']")).stream()
                        .map(m -> m.getText())
                        .filter(t -> !t.isBlank()))
                .isEmpty();
    }

    private static java.util.List<String> opciones(String id) {
        return new Select(driver.findElement(By.id(id)))
                .getOptions().stream().map(o -> o.getAttribute("value")).toList();
    }

    private static int filas() {
        return driver.findElements(By.cssSelector("[id='busqueda:casos_data'] tr"))
                .size();
    }

    @Test
    void elAutorizadoBuscaSusCasosYVeElDetalleYElHistorico() throws Exception {
        navegador.acceder(Local.raiz(base), "12345678Z");
        navegador.pulsarYEsperarPagina(By.linkText("1000001"));

        assertThat(navegador.titulo()).isEqualTo("Selección de la acción a realizar");
        assertThat(driver.findElement(By.id("nuevo-caso")).getText()).isEqualTo("Nuevo Caso");
        assertThat(driver.findElement(By.id("nuevo-caso")).getAttribute("href")).endsWith("/portal/casos/nuevo.xhtml");
        navegador.captura("portal-index");

        navegador.pulsarYEsperarPagina(By.linkText("Gestión de Casos"));
        assertThat(navegador.titulo()).isEqualTo("Gestión de Casos");
        YearMonth mes = YearMonth.now(MADRID);
        assertThat(navegador.valor("busqueda:desde")).isEqualTo(mes.atDay(1).toString());
        assertThat(navegador.valor("busqueda:hasta"))
                .isEqualTo(mes.atEndOfMonth().toString());
        assertThat(driver.findElement(By.cssSelector("label[for='busqueda:hasta']"))
                        .getText())
                .isEqualTo("Fecha de Alta Hasta (*)");
        assertThat(driver.findElement(By.cssSelector("label[for='porNumero:numero']"))
                        .getText())
                .isEqualTo("Número de caso (*)");
        navegador.captura("gestion-formulario");

        // Opción 2: the open cases of the month list the one awaiting information, not the resolved one.
        new Select(driver.findElement(By.id("busqueda:estado"))).selectByVisibleText("Abierto");
        navegador.pulsarYEsperarPagina(By.id("busqueda:buscar"));
        String tabla = driver.findElement(By.id("busqueda:casos")).getText();
        assertThat(tabla)
                .contains(solicitada, "Gestión " + MARCA, "Abierto/Solicitada Información · Anulación solicitada")
                .doesNotContain(resuelto, ajeno);
        navegador.captura("gestion-resultados");

        // An optional filter: Subestado.
        new Select(driver.findElement(By.id("busqueda:estado"))).selectByVisibleText("Todos");
        new Select(driver.findElement(By.id("busqueda:subestado"))).selectByVisibleText("Cerrado/Resuelto");
        navegador.pulsarYEsperarPagina(By.id("busqueda:buscar"));
        assertThat(navegador.texto("busqueda:casos")).contains(resuelto).doesNotContain(solicitada);
        new Select(driver.findElement(By.id("busqueda:subestado"))).selectByVisibleText("(Cualquiera)");

        // The one-month rule is the service's, told beside Fecha de Alta Hasta; what was typed stays.
        String otroMes = mes.plusMonths(1).atDay(3).toString();
        ((JavascriptExecutor) driver)
                .executeScript("document.getElementById('busqueda:hasta').value = arguments[0];", otroMes);
        navegador.pulsarYEsperarPagina(By.id("busqueda:buscar"));
        assertThat(driver.findElement(By.id("busqueda:hasta-mensaje")).getText())
                .isEqualTo("Las fechas de alta Desde y Hasta deben estar dentro del mismo mes natural.");
        navegador.captura("gestion-un-mes");
        assertThat(navegador.valor("busqueda:hasta"))
                .as(driver.findElement(By.id("busqueda:hasta")).getAttribute("outerHTML"))
                .isEqualTo(otroMes);
        assertThat(driver.findElements(By.id("busqueda:casos"))).isEmpty();
        navegador.captura("gestion-un-mes");

        ((JavascriptExecutor) driver)
                .executeScript(
                        "document.getElementById('busqueda:hasta').value = arguments[0];",
                        mes.atEndOfMonth().toString());
        navegador.pulsarYEsperarPagina(By.id("busqueda:buscar"));
        navegador.pulsarYEsperarPagina(By.linkText(solicitada));
        assertThat(driver.getCurrentUrl()).contains("/portal/casos/caso.xhtml?numero=");
        assertThat(navegador.titulo()).isEqualTo("Caso " + solicitada);
        // The day stored with the case (the insert above: the Madrid date of the request + 20).
        String dia = solicitud
                .atZone(CicloDeVidaCaso.ZONA)
                .toLocalDate()
                .plusDays(20)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(navegador.texto("plazo"))
                .isEqualTo("Plazo para aportar la información: hasta el " + dia + " inclusive (20 días naturales).");
        assertThat(navegador.texto("estado-subestado")).isEqualTo("Estado/Subestado: Abierto/Solicitada Información");
        assertThat(navegador.texto("anulacion-pendiente")).startsWith("Ha solicitado la anulación de este caso");
        assertThat(driver.findElements(By.id("origen-tgss"))).isEmpty();
        assertThat(navegador.texto("tipo")).isEqualTo("Consulta");
        assertThat(navegador.texto("usuario-alta")).isEqualTo("12345678Z · Lucía Martín Ortega");
        assertThat(navegador.texto("materia")).isEqualTo("Cotización");
        assertThat(navegador.texto("afecta")).isEqualTo("SI");
        assertThat(navegador.texto("datos-complementarios")).contains("28123456742", "12345678Z", "01/2026", "03/2026");
        assertThat(navegador.texto("documentos"))
                .contains("Documentación acreditativa", "Nómina de enero", "nomina-enero.txt");
        assertThat(descargar(driver.findElement(By.linkText("nomina-enero.txt")).getAttribute("href")))
                .isEqualTo(DOCUMENTO);
        assertThat(navegador.texto("justificantes")).contains("Justificante de solicitud de trámite");
        assertThat(descargar(driver.findElement(By.linkText("Justificante de solicitud de trámite"))
                        .getAttribute("href")))
                .isEqualTo(JUSTIFICANTE);
        String historial = navegador.texto("historial");
        assertThat(historial)
                .contains("Alta del caso", "Solicitud de información", "Aporte el modelo TA.1", "Solicitar Anulación")
                // Who took the case is the TGSS's internal management.
                .doesNotContain("tram.madrid1");
        navegador.captura("caso-solicitada-informacion");

        // Opción 1, a closed case opened by the TGSS: its answer.
        navegador.pulsarYEsperarPagina(By.id("volver"));
        driver.findElement(By.id("porNumero:numero")).sendKeys(" " + resuelto + " ");
        navegador.pulsarYEsperarPagina(By.id("porNumero:buscarNumero"));
        assertThat(navegador.titulo()).isEqualTo("Caso " + resuelto);
        assertThat(navegador.texto("estado-subestado")).isEqualTo("Estado/Subestado: Cerrado/Resuelto");
        assertThat(navegador.texto("origen-tgss")).isEqualTo("Caso abierto por la TGSS.");
        assertThat(navegador.texto("respuesta"))
                .contains("Respuesta del tramitador de la TGSS", "Su cotización se ha regularizado.");
        assertThat(driver.findElements(By.id("plazo"))).isEmpty();
        navegador.captura("caso-resuelto");

        // Opción 1, another autorización's case: "not found" beside the field, the número kept.
        navegador.pulsarYEsperarPagina(By.id("volver"));
        driver.findElement(By.id("porNumero:numero")).sendKeys(ajeno);
        navegador.pulsarYEsperarPagina(By.id("porNumero:buscarNumero"));
        assertThat(navegador.texto("porNumero:numero-mensaje")).isEqualTo("No se ha encontrado el caso " + ajeno + ".");
        assertThat(navegador.valor("porNumero:numero")).isEqualTo(ajeno);
        navegador.captura("gestion-no-encontrado");

        // Its address (as a notice's link would be) is the same neutral page.
        driver.get(Local.raiz(base)
                .resolve("portal/casos/caso.xhtml?numero=" + URLEncoder.encode(ajeno, StandardCharsets.UTF_8))
                .toString());
        navegador.esperar();
        assertThat(navegador.titulo()).isEqualTo("Caso no encontrado");
        assertThat(navegador.texto("no-encontrado"))
                .isEqualTo("No se ha encontrado el caso indicado entre los casos de la autorización elegida.");
        assertThat(driver.getPageSource()).doesNotContain(ajeno.substring(5));
        assertThat(pedir(driver.getCurrentUrl()).statusCode()).isEqualTo(404);
        navegador.captura("caso-no-encontrado");

        // A phone: nothing wider than the screen.
        driver.manage().window().setSize(new Dimension(360, 800));
        driver.get(Local.raiz(base)
                .resolve("portal/casos/caso.xhtml?numero=" + URLEncoder.encode(solicitada, StandardCharsets.UTF_8))
                .toString());
        navegador.esperar();
        assertThat(navegador.anchoSobrante()).isZero();
        navegador.captura("caso-360");
        navegador.pulsarYEsperarPagina(By.id("volver"));
        assertThat(navegador.anchoSobrante()).isZero();
        navegador.captura("gestion-360");
    }

    /** What a link downloads, fetched with the browser's session. */
    private static byte[] descargar(String direccion) throws IOException, InterruptedException {
        HttpResponse<byte[]> respuesta = pedir(direccion);
        assertThat(respuesta.statusCode()).as(direccion).isEqualTo(200);
        return respuesta.body();
    }

    private static HttpResponse<byte[]> pedir(String direccion) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(direccion))
                        .header("Cookie", cookies)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
