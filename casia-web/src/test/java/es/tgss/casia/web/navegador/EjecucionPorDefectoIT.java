package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.CasosVencidosDePrueba;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What a newcomer gets from {@code ./mvnw -Prun} right after cloning: every screen, as each role, on the embedded
 * PostgreSQL and the demo data; no screen may answer an error. Each screen is checked twice: its heading in Chromium,
 * and its HTTP status fetched with the browser's session (a browser shows a 500 as any other page).
 *
 * <p>The screens are independent of one another; the last test kills the run and starts it again, so it goes last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EjecucionPorDefectoIT {

    private static EjecucionPorDefecto ejecucion;
    private static Navegador navegador;
    private static WebDriver driver;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void arrancar() throws Exception {
        ejecucion = EjecucionPorDefecto.nueva();
        // Chromium's profile goes under the temporary folder failsafe gives (target/micro-tmp), made by nobody else
        // here.
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        navegador = new Navegador();
        driver = navegador.driver();
    }

    @AfterAll
    static void detener() throws Exception {
        try {
            if (navegador != null) {
                navegador.close();
            }
        } finally {
            if (ejecucion != null) {
                ejecucion.close();
            }
        }
    }

    @BeforeEach
    void sinSesion() {
        if (driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    @Test
    void arrancaSobreElPostgresqlIntegradoConLosDatosDeDemostracion() throws Exception {
        assertThat(ejecucion.cargoDatosDemo()).isTrue();
        assertThat(Files.readString(ejecucion.registro()))
                .contains("base de datos integrada (PostgreSQL en CASIA_DATA_DIR/postgresql)");
        assertThat(ejecucion.datos().resolve("postgresql/PG_VERSION")).content().isEqualToIgnoringNewLines("17");
        HttpResponse<String> salud = HTTP.send(
                HttpRequest.newBuilder(ejecucion.raiz().resolve("health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(salud.statusCode()).isEqualTo(200);
        assertThat(salud.body()).contains("\"status\":\"UP\"");
    }

    /** The HTTP listener binds to loopback (CASIA_BIND's default) and the server opens no other port (no data grid). */
    @Test
    void soloEscuchaEnLoopbackYSinRejillaDeDatos() throws Exception {
        List<InetAddress> deRed = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .toList();
        for (InetAddress direccion : deRed) {
            assertThat(escucha(direccion, ejecucion.raiz().getPort()))
                    .as("HTTP en " + direccion)
                    .isFalse();
        }
        assertThat(escucha(InetAddress.getLoopbackAddress(), ejecucion.raiz().getPort()))
                .isTrue();
        assertThat(ejecucion.puertosEnEscuchaDelServidor())
                .containsExactly(ejecucion.raiz().getPort());
    }

    @Test
    void elUsuarioPrincipalEligeAutorizacionYLlegaAlPortal() throws Exception {
        acceder("12345678Z");
        pantalla("portal/autorizaciones.xhtml", "Selección de la autorización");

        navegador.pulsarYEsperarPagina(By.linkText("1000001"));
        pantalla("portal/index.xhtml", "Selección de la acción a realizar");
        assertThat(driver.findElement(By.id("cabecera-autorizacion")).getText()).startsWith("1000001");
    }

    @Test
    void unUsuarioDeUnaSolaAutorizacionLlegaAlPortal() throws Exception {
        acceder("22222222J");
        pantalla("portal/index.xhtml", "Selección de la acción a realizar");
        assertThat(driver.findElement(By.id("cabecera-autorizacion")).getText()).startsWith("1000002");

        navegador.pulsarYEsperarPagina(By.id("nuevo-caso"));
        pantalla("portal/casos/nuevo.xhtml", "Nuevo Caso");
        driver.get(ejecucion.raiz().resolve("portal/index.xhtml").toString());
        navegador.esperar();
        navegador.pulsarYEsperarPagina(By.id("gestion-casos"));
        pantalla("portal/casos/index.xhtml", "Gestión de Casos");
        driver.get(ejecucion.raiz().resolve("portal/index.xhtml").toString());
        navegador.esperar();
        navegador.pulsarYEsperarPagina(By.id("datos-contacto"));
        pantalla("portal/datos-contacto.xhtml", "Consulta y modificación de datos de contacto");
        driver.get(ejecucion.raiz().resolve("portal/index.xhtml").toString());
        navegador.esperar();
        navegador.pulsarYEsperarPagina(By.id("notificaciones"));
        pantalla("portal/notificaciones.xhtml", "Notificaciones");
    }

    @Test
    void unTramitadorLlegaALaBandeja() throws Exception {
        acceder("tram.madrid1");
        pantalla("backoffice/index.xhtml", "Bandeja de trabajo");
        assertThat(driver.findElement(By.id("cabecera-unidad")).getText()).startsWith("DP-28");
    }

    @Test
    void unaSupervisoraLlegaALaBandeja() throws Exception {
        acceder("sup.madrid");
        pantalla("backoffice/index.xhtml", "Bandeja de trabajo");
        assertThat(driver.findElement(By.id("cabecera-unidad")).getText()).startsWith("DP-28");
        // Hers alone: the calendar of días inhábiles, from the menu.
        navegador.pulsarYEsperarPagina(By.id("menu-calendario"));
        pantalla("backoffice/calendario.xhtml", "Calendario de días inhábiles");
    }

    /** A page that does not exist is the error page with its 404, never a blank page or a 500. */
    @Test
    void unaPaginaQueNoExisteMuestraLaPaginaDeError() throws Exception {
        acceder("11111111H");
        driver.get(ejecucion.raiz().resolve("portal/no-existe.xhtml").toString());
        navegador.esperar();
        assertThat(driver.findElement(By.id("mensaje-error")).getText()).isNotBlank();
        assertThat(estado("portal/no-existe.xhtml")).isEqualTo(404);
    }

    /** Anyone, without logging in: from the login page's link to the CEA verification, which answers a wrong CEA. */
    @Test
    void cualquieraLlegaDesdeElAccesoALaVerificacionPorCea() throws Exception {
        driver.get(ejecucion.raiz().toString());
        navegador.esperar();
        navegador.pulsarYEsperarPagina(By.id("verificar"));
        pantalla("verificar/index.xhtml", "Verificación de documentos mediante CEA");

        driver.findElement(By.id("cea-id")).sendKeys("ABCD EFGH JKMN");
        driver.findElement(By.id("cea-codigo")).sendKeys("ABCDE FGHJK MNPQR STUVW XYZ23 45678");
        navegador.pulsarYEsperarPagina(By.id("comprobar"));
        assertThat(driver.findElement(By.className("ui-messages-error-summary")).getText())
                .startsWith("Los datos introducidos no corresponden a ningún documento emitido por este servicio.");
    }

    /**
     * What a newcomer does first: files a Trámite on Nuevo Caso, downloads its justificante, and checks it on the
     * public page with the CEA printed at its foot, which shows the case and gives back the same PDF.
     */
    @Test
    void unTramiteDadoDeAltaEnElPortalTieneUnJustificanteQueSeVerificaPorSuCea() throws Exception {
        acceder("11111111H");
        navegador.pulsarYEsperarPagina(By.id("nuevo-caso"));
        for (String[] eleccion : new String[][] {
            {"tipo", "TRAMITE"},
            {"materia", "INSCRIPCION_EMPRESAS"},
            {"categoria", "TRA_INS_MODIFICACION_DATOS"},
            {"subcategoria", "TRA_INS_MOD_CNAE"},
            {"afectaPeriodoEnCurso", "true"}
        }) {
            new Select(driver.findElement(By.id("nuevo:" + eleccion[0]))).selectByValue(eleccion[1]);
            navegador.esperar();
        }
        driver.findElement(By.id("nuevo:titulo")).sendKeys("Cambio de CNAE de la empresa");
        driver.findElement(By.id("nuevo:descripcion")).sendKeys("Solicito el cambio de CNAE.");
        navegador.pulsarYEsperarPagina(By.id("nuevo:finalizarAlta"));
        assertThat(driver.getCurrentUrl()).contains("/portal/casos/alta.xhtml?numero=");
        String numero = URLDecoder.decode(
                driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("numero=") + 7),
                StandardCharsets.UTF_8);

        String enlaceDelJustificante =
                driver.findElement(By.cssSelector("a[id$='justificante']")).getAttribute("href");
        // The case's own pages, reached by their links as a newcomer would.
        driver.get(ejecucion
                .raiz()
                .resolve("portal/casos/caso.xhtml?numero=" + URLEncoder.encode(numero, StandardCharsets.UTF_8))
                .toString());
        navegador.esperar();
        vista("portal-casos-caso.xhtml", "Caso " + numero);
        navegador.pulsarYEsperarPagina(By.id("modificarInformacion"));
        vista("portal-casos-modificar.xhtml", "Modificar Información");
        navegador.pulsarYEsperarPagina(By.id("volver"));
        navegador.pulsarYEsperarPagina(By.id("solicitarAnulacion"));
        vista("portal-casos-anulacion.xhtml", "Confirmación de la Anulación");

        byte[] pdf = descargar(enlaceDelJustificante);
        assertThat(pdf).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        String texto;
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            texto = new PDFTextStripper().getText(documento);
        }
        assertThat(texto).contains(numero, "Cambio de CNAE de la empresa");
        Matcher cea = Pattern.compile("CEA: ID ([2-9A-Z ]{14}) · Fecha \\d{8} · Código ([2-9A-Z ]{35})")
                .matcher(texto);
        assertThat(cea.find())
                .as("the CEA at the foot of the justificante:%n%s", texto)
                .isTrue();

        driver.manage().deleteAllCookies();
        driver.get(ejecucion.raiz().resolve("verificar/").toString());
        navegador.esperar();
        driver.findElement(By.id("cea-id")).sendKeys(cea.group(1));
        driver.findElement(By.id("cea-codigo")).sendKeys(cea.group(2));
        navegador.pulsarYEsperarPagina(By.id("comprobar"));
        assertThat(driver.findElement(By.id("verificado")).getText())
                .contains("El documento es auténtico", "Justificante de solicitud de trámite", numero);
        captura("verificar-documento-autentico");
        assertThat(descargar(driver.findElement(By.id("descargar-original")).getAttribute("href")))
                .as("the original the page gives back")
                .isEqualTo(pdf);

        // The tramitador finds it in the bandeja, not taken yet, and opens it with its justificante.
        acceder("tram.madrid1");
        navegador.pulsarYEsperarPagina(By.linkText(numero));
        vista("backoffice-casos-caso.xhtml", "Caso " + numero);
        assertThat(driver.findElement(By.id("justificantes")).getText())
                .contains("Justificante de solicitud de trámite");
        navegador.pulsarYEsperarPagina(By.linkText("Añadir nota interna"));
        vista("backoffice-casos-caso-nota.xhtml", "Caso " + numero);
    }

    @Test
    void opsLanzaElCierreDeOficioYLoVeTerminar() throws Exception {
        acceder("ops1");
        pantalla("ops/index.xhtml", "Operación del servicio");

        PaginaDeOperacion.Fila fila = new PaginaDeOperacion(navegador).lanzarElCierreDeHoyYEsperarQueTermine();
        // Nothing is due in the demo data: every step of the job, however many, counts nothing.
        assertThat(fila.pasos())
                .isNotEmpty()
                .allSatisfy(paso -> assertThat(paso).matches("[a-z-]+: terminado · [A-Z_]+=0( [A-Z_]+=0)* · .*"));
        assertThat(estado("ops/index.xhtml")).isEqualTo(200);
        assertThat(estado("metrics")).isEqualTo(200);

        navegador.pulsarYEsperarPagina(By.id("enlace-buzon"));
        pantalla("ops/buzon.xhtml", "Buzón de salida de avisos");
    }

    /** A crash (SIGKILL of the server and of the database's launcher) must not keep the next start from working. */
    @Test
    @Order(Integer.MAX_VALUE)
    void trasUnKillMenos9VuelveAArrancarConSusDatosYAlPararNoDejaNadaEnMarcha(TestReporter informe) throws Exception {
        // 10,000 cases due last night in the embedded database, so that the run is still working when it is killed.
        LocalDate ayer = LocalDate.now(ZoneId.of("Europe/Madrid")).minusDays(1);
        List<String> vencidos = CasosVencidosDePrueba.insertar(baseIntegrada(), 10_000, ayer.minusDays(2));
        // Ops run last night's cierre de oficio from their page; the server is killed once it has closed some.
        acceder("ops1");
        PaginaDeOperacion operacion = new PaginaDeOperacion(navegador);
        operacion.ejecutarLaNoche(ayer);
        long lanzada = operacion.ejecucionDelMensaje();
        long cerradosAlMatar = new WebDriverWait(driver, Duration.ofSeconds(120), Duration.ofMillis(100)).until(d -> {
            long n = contar(vencidos, "DE_OFICIO");
            return n > 0 ? n : null;
        });
        ejecucion.matar();
        informe.publishEntry("kill", cerradosAlMatar + " de " + vencidos.size() + " cerrados al matar el servidor");
        assertThat(ejecucion.procesosQueQuedan())
                .as("el PostgreSQL huérfano de la ejecución matada")
                .anyMatch(linea -> linea.contains("postgres"));

        // The one setting of this start: a run silent for 20 s (not 2 min) is shown interrupted, to keep the test
        // short.
        ejecucion.arrancar(Map.of("CASIA_NIGHTLY_JOBS_HEARTBEAT_TIMEOUT", "20"));
        assertThat(Files.readString(ejecucion.registro()))
                .contains("se detiene el PostgreSQL", "que dejó en marcha una ejecución anterior interrumpida");
        assertThat(ejecucion.cargoDatosDemo())
                .as("los datos de demostración se cargan una sola vez")
                .isFalse();

        // The killed run as the page shows it now: never "En curso" once its heartbeat is older than the timeout.
        acceder("ops1");
        pantalla("ops/index.xhtml", "Operación del servicio");
        PaginaDeOperacion.Fila antes = new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            navegador.pulsarYEsperarPagina(By.id("lote:actualizar"));
            return operacion
                    .fila(lanzada)
                    .filter(f -> List.of("Interrumpida", "Terminada", "Fallida", "Detenida")
                            .contains(f.estado()))
                    .orElse(null);
        });
        captura("ops-tras-el-kill");
        if (antes.estado().equals("Terminada")) {
            // The demo data leaves the job almost nothing to do: it may well end before the kill lands. Said, not
            // faked: this run did not exercise "Reanudar" on an interrupted run.
            String aviso = "La ejecución " + lanzada + " ya había terminado antes del kill -9: en esta pasada no se "
                    + "ha ejercitado Reanudar sobre una ejecución interrumpida.";
            System.out.println("AVISO: " + aviso);
            informe.publishEntry("reanudar", aviso);
            assertThat(antes.acciones()).isEmpty();
        } else {
            assertThat(antes.acciones()).containsExactly("Reanudar");
            operacion.pulsarEnLaFila(lanzada, "reanudar");
            assertThat(operacion.mensaje()).matches("Ejecución " + lanzada + " reanudada como ejecución \\d+\\.");
            long nueva = Long.parseLong(operacion.mensaje().replaceAll(".* ejecución (\\d+)\\.$", "$1"));
            PaginaDeOperacion.Fila despues = operacion.esperarEstado(nueva, "Terminada", Duration.ofSeconds(240));
            assertThat(despues.dia()).isEqualTo(ayer.format(PaginaDeOperacion.DIA));
            assertThat(despues.ejecucion()).isEqualTo(nueva + " (reanuda la " + lanzada + ")");
            assertThat(operacion.fila(lanzada))
                    .as("la fila de la noche nombra ahora la nueva ejecución")
                    .isEmpty();
            informe.publishEntry(
                    "reanudar", "La ejecución " + lanzada + " (" + antes.estado() + ") reanudada como " + nueva);
            captura("ops-reanudada");
        }
        // Killed mid-run and taken up again: every case closed, each exactly once.
        assertThat(contar(vencidos, "DE_OFICIO")).isEqualTo(vencidos.size());
        assertThat(cierresRepetidos(vencidos)).isZero();
        driver.manage().deleteAllCookies();
        acceder("11111111H");
        pantalla("portal/index.xhtml", "Selección de la acción a realizar");

        ejecucion.detener();
        assertThat(ejecucion.procesosQueQuedan()).isEmpty();
        assertThat(ejecucion.datos().resolve("postgresql/postmaster.pid")).doesNotExist();
    }

    /** The run's embedded PostgreSQL (its port is in the data folder; trust authentication on loopback). */
    private static DataSource baseIntegrada() throws IOException {
        PGSimpleDataSource base = new PGSimpleDataSource();
        base.setServerNames(new String[] {"127.0.0.1"});
        base.setPortNumbers(new int[] {
            Integer.parseInt(Files.readString(ejecucion.datos().resolve("tmp/postgresql.puerto"))
                    .strip())
        });
        base.setDatabaseName("casia");
        base.setUser("postgres");
        return base;
    }

    private static long contar(List<String> numeros, String subestado) {
        try (Connection c = baseIntegrada().getConnection();
                PreparedStatement s =
                        c.prepareStatement("select count(*) from caso where numero = any (?) and subestado = ?")) {
            s.setArray(1, c.createArrayOf("varchar", numeros.toArray()));
            s.setString(2, subestado);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many of the cases the history says were closed de oficio more than once. */
    private static long cierresRepetidos(List<String> numeros) throws Exception {
        try (Connection c = baseIntegrada().getConnection();
                PreparedStatement s = c.prepareStatement("""
                        select count(*) from (select h.caso_id from historial_caso h join caso c on c.id = h.caso_id
                            where c.numero = any (?) and h.accion = 'CERRAR_DE_OFICIO'
                            group by h.caso_id having count(*) > 1) repetidos""")) {
            s.setArray(1, c.createArrayOf("varchar", numeros.toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static boolean escucha(InetAddress direccion, int puerto) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(direccion, puerto), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void acceder(String usuario) {
        driver.get(ejecucion.raiz().toString());
        navegador.esperar();
        driver.findElement(By.id("acceso:usuario")).sendKeys(usuario);
        driver.findElement(By.id("acceso:contrasena")).sendKeys("casia");
        navegador.pulsarYEsperarPagina(By.id("acceso:entrar"));
    }

    /**
     * The browser is on this screen, shows no error, and the screen answers 200 to the same session. A screenshot
     * stays in target/ejecucion-por-defecto/capturas for whoever wants to look at what a newcomer sees.
     */
    private void pantalla(String ruta, String titulo) throws Exception {
        captura(ruta.replace('/', '-'));
        assertThat(driver.getCurrentUrl())
                .isEqualTo(ejecucion.raiz().resolve(ruta).toString());
        assertThat(driver.findElements(By.id("mensaje-error"))).as(ruta).isEmpty();
        assertThat(driver.findElement(By.tagName("h1")).getText()).as(ruta).isEqualTo(titulo);
        assertThat(estado(ruta)).as(ruta).isEqualTo(200);
    }

    /** A page reached by a link whose address carries the case: its title, no error, its picture. */
    private void vista(String nombre, String titulo) throws Exception {
        captura(nombre);
        assertThat(driver.findElements(By.id("mensaje-error"))).as(nombre).isEmpty();
        assertThat(driver.findElement(By.tagName("h1")).getText()).as(nombre).isEqualTo(titulo);
    }

    private void captura(String nombre) throws IOException {
        Path capturas = ejecucion.registro().resolveSibling("capturas");
        Files.createDirectories(capturas);
        Files.write(capturas.resolve(nombre + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** The body of a GET of this address with the browser's cookies (its session). */
    private byte[] descargar(String direccion) throws Exception {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder peticion = HttpRequest.newBuilder(URI.create(direccion));
        if (!cookies.isEmpty()) {
            peticion.header("Cookie", cookies);
        }
        HttpResponse<byte[]> respuesta = HTTP.send(peticion.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(respuesta.statusCode()).as(direccion).isEqualTo(200);
        return respuesta.body();
    }

    /** The status of a GET of this path with the browser's cookies (its session). */
    private int estado(String ruta) throws Exception {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder peticion =
                HttpRequest.newBuilder(URI.create(ejecucion.raiz().resolve(ruta).toString()));
        if (!cookies.isEmpty()) {
            peticion.header("Cookie", cookies);
        }
        return HTTP.send(peticion.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
