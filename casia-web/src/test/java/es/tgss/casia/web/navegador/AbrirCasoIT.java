package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Correos;
import es.tgss.casia.prueba.Local;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Abrir caso hacia un autorizado (Noticias RED, July 2021), in the browser as tram.madrid1 (logged in once for the
 * class): a Trámite towards 1000001 with a document, its confirmation, the e-mail GreenMail receives at the
 * autorización's contact address, and the case as Lucía (12345678Z) finds it in Gestión de casos; the messages beside
 * the fields with everything typed and attached kept; an autorización without e-mail; the whole form with the keyboard
 * alone. Every state passes axe-core (WCAG 2.1 AA) and is saved under target/capturas-portal, at the desktop's width
 * and at 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AbrirCasoIT {

    private static final String FORMULARIO = "abrirCaso:";
    private static final DateTimeFormatter DD_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The outbox sends right after the commit; its half-minute round is the fallback. */
    private static final Duration PLAZO_CORREO = Duration.ofSeconds(45);

    /** The tramitador's browser, logged in once for every test of the class. */
    private static Navegador tramitador;

    @ArquillianResource
    private URL base;

    @TempDir
    private Path ficheros;

    private Navegador navegador;
    private WebDriver driver;

    @BeforeEach
    void acceder() {
        if (tramitador == null) {
            tramitador = new Navegador();
            tramitador.acceder(raiz(), "tram.madrid1");
        }
        navegador = tramitador;
        driver = navegador.driver();
    }

    @AfterAll
    static void cerrar() {
        if (tramitador != null) {
            tramitador.close();
            tramitador = null;
        }
    }

    @Test
    void unTramiteHaciaLaAutorizacionLlegaAlAutorizadoConSuPlazoSuCorreoYSuDocumento() throws Exception {
        String titulo = "Requerimiento TGSS " + System.nanoTime() % 100000;
        String solicitud = "Aporte la escritura de constitución de la empresa y el DNI del administrador.";
        try (Correos correos = new Correos()) {
            navegador.ir(raiz(), "backoffice/index.xhtml");
            navegador.pulsarYEsperarPagina(By.id("menu-abrir"));
            assertThat(navegador.titulo()).isEqualTo("Abrir caso hacia un autorizado");
            assertThat(navegador.texto("explicacion")).contains("Solicitada Información", "20 días naturales");
            assertThat(driver.findElement(By.cssSelector("label[for='abrirCaso:solicitud']"))
                            .getText())
                    .isEqualTo("Información que se solicita (*)");
            navegador.captura("abrir-vacio");

            escribir("autorizacion", "1000001");
            driver.findElement(By.id(FORMULARIO + "titulo")).click();
            navegador.esperar();
            assertThat(navegador.texto(FORMULARIO + "razonSocial"))
                    .isEqualTo("Razón social: Gestoría Martín Ortega, S.L.");

            elegir("tipo", "TRAMITE");
            elegir("materia", "INSCRIPCION_EMPRESAS");
            elegir("categoria", "TRA_INS_MODIFICACION_DATOS");
            elegir("subcategoria", "TRA_INS_MOD_CNAE");
            // What a Trámite asks the autorizado to attach is the portal's: the TGSS asks in its own words.
            assertThat(driver.findElements(By.id("documentacion"))).isEmpty();
            elegir("afectaPeriodoEnCurso", "false");
            escribir("titulo", titulo);
            escribir("descripcion", "Verificación de los datos de inscripción de la empresa.");
            escribir("solicitud", solicitud);
            assertThat(navegador.texto(FORMULARIO + "solicitud-contador"))
                    .isEqualTo(solicitud.length() + " de 4000 caracteres");
            anexar("OTROS", "Requerimiento firmado", Ficheros.pdf(ficheros, "requerimiento.pdf", "Requerimiento"));
            assertThat(navegador.texto(FORMULARIO + "mensajes"))
                    .isEqualTo("Documento «requerimiento.pdf» anexado. Se enviará al pulsar Abrir caso.");
            assertThat(navegador.texto(FORMULARIO + "documentos"))
                    .contains("Requerimiento firmado", "requerimiento.pdf");
            assertThat(navegador.valor(FORMULARIO + "solicitud")).isEqualTo(solicitud);
            assertThat(navegador.valor(FORMULARIO + "autorizacion")).isEqualTo("1000001");
            assertThat(navegador.texto(FORMULARIO + "razonSocial")).contains("Gestoría Martín Ortega, S.L.");
            navegador.captura("abrir-relleno");
            navegador.movil("abrir-relleno-360px");

            // A double click sends the form twice: one case, and the page says which.
            ((JavascriptExecutor) driver)
                    .executeScript("const b = document.getElementById('abrirCaso:abrir'); b.click(); b.click();");
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(WebDriverException.class)
                    .until(d -> !d.findElements(By.id("confirmacion")).isEmpty());
            navegador.esperar();
            assertThat(casosConTitulo(titulo)).isEqualTo(1);

            String numero = navegador.texto("numero-caso");
            assertThat(numero).matches("\\d{4}/\\d{8}");
            String dia = ultimoDia(numero);
            String email = emailDe("1000001");
            assertThat(email).isNotBlank();
            assertThat(navegador.texto("caso-abierto"))
                    .isEqualTo("Se ha abierto el caso " + numero
                            + " hacia la autorización 1000001 (Gestoría Martín Ortega, S.L.).");
            assertThat(navegador.texto("estado-subestado")).isEqualTo("Abierto/Solicitada Información");
            assertThat(navegador.texto("ultimo-dia")).isEqualTo(dia);
            assertThat(navegador.texto("plazo")).contains("hasta el " + dia + " inclusive (20 días naturales)");
            assertThat(navegador.texto("aviso"))
                    .isEqualTo("Se ha enviado un aviso por correo electrónico a la dirección de contacto de la"
                            + " autorización: " + email + ".");
            assertThat(driver.findElement(By.id("verCaso")).getText()).isEqualTo("Ver el caso");
            assertThat(driver.findElement(By.id("verCaso")).getAttribute("href"))
                    .endsWith(
                            "/backoffice/casos/caso.xhtml?numero=" + URLEncoder.encode(numero, StandardCharsets.UTF_8));
            assertThat(driver.findElements(By.id(FORMULARIO + "abrir"))).isEmpty();
            navegador.captura("abrir-confirmacion");
            navegador.movil("abrir-confirmacion-360px");

            // The notice at the autorización's contact address: the número, the request and the last day.
            Correos.esperar(
                    PLAZO_CORREO,
                    "el aviso de «" + titulo + "»",
                    () -> !correos.conAsunto(titulo).isEmpty());
            List<MimeMessage> avisos = correos.conAsunto(titulo);
            assertThat(avisos).hasSize(1);
            assertThat(Correos.destinatario(avisos.get(0))).isEqualTo(email);
            assertThat(Correos.parte(avisos.get(0), "text/plain"))
                    .contains(
                            "La Tesorería General de la Seguridad Social ha abierto el caso " + numero,
                            solicitud,
                            "20 días naturales: hasta el " + dia + " inclusive");

            // Another case: a fresh, empty form.
            navegador.pulsarYEsperarPagina(By.id("abrirOtro"));
            assertThat(navegador.valor(FORMULARIO + "autorizacion")).isEmpty();
            assertThat(navegador.valor(FORMULARIO + "titulo")).isEmpty();
            assertThat(driver.findElements(By.id(FORMULARIO + "documentos"))).isEmpty();
        }

        // Lucía finds it in Gestión de casos of 1000001, opened by the TGSS, with the request, the deadline and the
        // document.
        String numero = numeroConTitulo(titulo);
        try (Navegador autorizado = new Navegador()) {
            WebDriver suyo = autorizado.driver();
            autorizado.acceder(raiz(), "12345678Z");
            autorizado.pulsarYEsperarPagina(By.linkText("1000001"));
            autorizado.pulsarYEsperarPagina(By.linkText("Gestión de Casos"));
            new Select(suyo.findElement(By.id("busqueda:estado"))).selectByVisibleText("Abierto");
            autorizado.pulsarYEsperarPagina(By.id("busqueda:buscar"));
            assertThat(autorizado.texto("busqueda:casos")).contains(numero, titulo);
            autorizado.pulsarYEsperarPagina(By.linkText(numero));
            assertThat(autorizado.titulo()).isEqualTo("Caso " + numero);
            assertThat(autorizado.estado()).isEqualTo("Abierto/Solicitada Información");
            assertThat(autorizado.texto("origen-tgss")).isEqualTo("Caso abierto por la TGSS.");
            assertThat(autorizado.texto("plazo"))
                    .isEqualTo("Plazo para aportar la información: hasta el " + ultimoDia(numero)
                            + " inclusive (20 días naturales).");
            assertThat(autorizado.texto("historial")).contains(solicitud);
            assertThat(autorizado.texto("titulo")).isEqualTo(titulo);
            assertThat(autorizado.texto("tipo")).isEqualTo("Trámite");
            assertThat(autorizado.texto("documentos")).contains("Requerimiento firmado", "requerimiento.pdf");
            autorizado.captura("abrir-visto-por-el-autorizado");
        }
    }

    @Test
    void losErroresVanJuntoASuCampoYNadaEscritoNiAnexadoSePierde() throws Exception {
        String titulo = "Sin abrir " + System.nanoTime() % 100000;
        String solicitud = "Indique el motivo del alta tardía.";
        navegador.ir(raiz(), "backoffice/casos/abrir.xhtml");

        // Nothing typed: every required field told at once, the autorización and the request with the case's own.
        navegador.pulsarYEsperarPagina(By.id(FORMULARIO + "abrir"));
        assertThat(navegador.texto(FORMULARIO + "mensajes"))
                .isEqualTo("No se ha podido abrir el caso: revise los campos marcados.");
        assertThat(mensaje("autorizacion")).isEqualTo("Indique el número de la autorización.");
        assertThat(mensaje("solicitud")).isEqualTo("Indique la información que solicita.");
        assertThat(mensaje("titulo")).isNotBlank();

        // An autorización that does not exist, told as the field is left.
        escribir("autorizacion", "9999999");
        driver.findElement(By.id(FORMULARIO + "titulo")).click();
        navegador.esperar();
        assertThat(mensaje("autorizacion")).isEqualTo("No existe la autorización 9999999: compruebe el número.");
        assertThat(driver.findElement(By.id(FORMULARIO + "autorizacion")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(driver.findElements(By.id(FORMULARIO + "razonSocial"))).isEmpty();

        elegir("tipo", "CONSULTA");
        elegir("materia", "COTIZACION");
        elegir("categoria", "CON_COT_SLD");
        elegir("afectaPeriodoEnCurso", "true");
        escribir("titulo", titulo);
        escribir("descripcion", "Una descripción que no debe perderse.");
        escribir("solicitud", solicitud);
        anexar("OTROS", "Documento que no se pierde", Ficheros.pdf(ficheros, "anexo.pdf", "Anexo"));

        // Sent anyway: the service refuses it beside the field, and everything typed and attached stays.
        navegador.pulsarYEsperarPagina(By.id(FORMULARIO + "abrir"));
        assertThat(mensaje("autorizacion")).isEqualTo("No existe la autorización 9999999.");
        assertThat(navegador.valor(FORMULARIO + "autorizacion")).isEqualTo("9999999");
        assertThat(navegador.valor(FORMULARIO + "tipo")).isEqualTo("CONSULTA");
        assertThat(navegador.valor(FORMULARIO + "materia")).isEqualTo("COTIZACION");
        assertThat(navegador.valor(FORMULARIO + "categoria")).isEqualTo("CON_COT_SLD");
        assertThat(navegador.valor(FORMULARIO + "afectaPeriodoEnCurso")).isEqualTo("true");
        assertThat(navegador.valor(FORMULARIO + "titulo")).isEqualTo(titulo);
        assertThat(navegador.valor(FORMULARIO + "descripcion")).isEqualTo("Una descripción que no debe perderse.");
        assertThat(navegador.valor(FORMULARIO + "solicitud")).isEqualTo(solicitud);
        assertThat(navegador.texto(FORMULARIO + "documentos")).contains("anexo.pdf");
        navegador.captura("abrir-autorizacion-inexistente");

        // The right autorización, but the case's own fields emptied: each told beside its field.
        // Typed over (clearing it would send a change of its own, redrawing the field under the keyboard).
        escribir("autorizacion", Keys.chord(Keys.CONTROL, "a") + "1000001");
        driver.findElement(By.id(FORMULARIO + "titulo")).clear();
        driver.findElement(By.id(FORMULARIO + "descripcion")).clear();
        new Select(driver.findElement(By.id(FORMULARIO + "tipo"))).selectByIndex(0);
        navegador.esperar();
        navegador.pulsarYEsperarPagina(By.id(FORMULARIO + "abrir"));
        assertThat(navegador.texto(FORMULARIO + "mensajes"))
                .isEqualTo("No se ha podido abrir el caso: revise los campos marcados.");
        assertThat(mensaje("autorizacion")).isEmpty();
        assertThat(mensaje("tipo")).isEqualTo("El tipo de caso es obligatorio.");
        assertThat(mensaje("titulo")).isEqualTo("El título es obligatorio.");
        assertThat(mensaje("descripcion")).isEqualTo("La descripción es obligatoria.");
        assertThat(navegador.valor(FORMULARIO + "solicitud")).isEqualTo(solicitud);
        assertThat(navegador.valor(FORMULARIO + "afectaPeriodoEnCurso")).isEqualTo("true");
        assertThat(navegador.texto(FORMULARIO + "documentos")).contains("anexo.pdf");
        navegador.captura("abrir-campos-obligatorios");
        navegador.movil("abrir-campos-obligatorios-360px");

        // And the request itself.
        elegir("tipo", "CONSULTA");
        elegir("materia", "COTIZACION");
        elegir("categoria", "CON_COT_SLD");
        escribir("titulo", titulo);
        escribir("descripcion", "Otra vez.");
        driver.findElement(By.id(FORMULARIO + "solicitud")).clear();
        navegador.pulsarYEsperarPagina(By.id(FORMULARIO + "abrir"));
        assertThat(mensaje("solicitud")).isEqualTo("Indique la información que solicita.");
        assertThat(navegador.valor(FORMULARIO + "titulo")).isEqualTo(titulo);
        assertThat(casosConTitulo(titulo)).isZero();
    }

    @Test
    void haciaUnaAutorizacionSinCorreoNoSeEnviaAviso() throws Exception {
        String titulo = "Sin correo " + System.nanoTime() % 100000;
        navegador.ir(raiz(), "backoffice/casos/abrir.xhtml");
        escribir("autorizacion", "1000003");
        driver.findElement(By.id(FORMULARIO + "comprobarAutorizacion")).click();
        navegador.esperar();
        assertThat(navegador.texto(FORMULARIO + "razonSocial")).isEqualTo("Razón social: Transportes Ribera, S.A.");
        elegir("tipo", "CONSULTA");
        elegir("materia", "COTIZACION");
        elegir("categoria", "CON_COT_SLD");
        elegir("afectaPeriodoEnCurso", "false");
        escribir("titulo", titulo);
        escribir("descripcion", "Consulta sobre la cotización de marzo.");
        escribir("solicitud", "Confirme el código de cuenta de cotización afectado.");
        navegador.pulsarYEsperarPagina(By.id(FORMULARIO + "abrir"));

        String numero = navegador.texto("numero-caso");
        assertThat(navegador.texto("estado-subestado")).isEqualTo("Abierto/Solicitada Información");
        assertThat(navegador.texto("aviso"))
                .isEqualTo("La autorización 1000003 no tiene correo electrónico de contacto: no se ha enviado ningún"
                        + " aviso. El autorizado verá el caso en Gestión de casos.");
        assertThat(numeroConTitulo(titulo)).isEqualTo(numero);
        assertThat(avisosConAsunto(titulo)).isZero();
        navegador.captura("abrir-sin-correo");
    }

    @Test
    void todoElFormularioSeUsaConElTecladoSolo() throws Exception {
        String titulo = "Con el teclado " + System.nanoTime() % 100000;
        navegador.ir(raiz(), "backoffice/index.xhtml");
        navegador.tabularHasta("menu-abrir");
        navegador.teclaYEsperarPagina(Keys.ENTER);
        assertThat(navegador.titulo()).isEqualTo("Abrir caso hacia un autorizado");

        navegador.tabularHasta(FORMULARIO + "autorizacion");
        navegador.teclas("1000002", Keys.TAB);
        navegador.esperar();
        assertThat(navegador.texto(FORMULARIO + "razonSocial")).startsWith("Razón social: ");
        navegador.elegirConFlechas(FORMULARIO + "tipo", "CONSULTA");
        navegador.elegirConFlechas(FORMULARIO + "materia", "COTIZACION");
        navegador.elegirConFlechas(FORMULARIO + "categoria", "CON_COT_SLD");
        navegador.elegirConFlechas(FORMULARIO + "afectaPeriodoEnCurso", "false");
        navegador.tabularHasta(FORMULARIO + "titulo");
        navegador.teclas(titulo);
        // Enter in a field checks the autorización again (the form's first button) and opens nothing.
        navegador.teclas(Keys.ENTER);
        navegador.esperar();
        assertThat(navegador.valor(FORMULARIO + "titulo")).isEqualTo(titulo);
        assertThat(casosConTitulo(titulo)).isZero();
        navegador.tabularHasta(FORMULARIO + "descripcion");
        navegador.teclas("Escrita sin ratón.");
        navegador.tabularHasta(FORMULARIO + "solicitud");
        navegador.teclas("Aporte el justificante de pago.");

        Path fichero = Ficheros.pdf(ficheros, "teclado.pdf", "Teclado");
        navegador.elegirConFlechas(FORMULARIO + "tipoDocumento", "OTROS");
        navegador.tabularHasta(FORMULARIO + "tituloDocumento");
        navegador.teclas("Modelo a cumplimentar");
        navegador.tabularHasta(FORMULARIO + "ficheroDocumento");
        navegador.enfocado().sendKeys(fichero.toAbsolutePath().toString());
        navegador.tabularHasta(FORMULARIO + "anexar");
        navegador.teclaYEsperarPagina(Keys.ENTER);
        assertThat(navegador.texto(FORMULARIO + "documentos")).contains("teclado.pdf");

        // Space presses a button as Enter does.
        navegador.tabularHasta(FORMULARIO + "abrir");
        navegador.teclaYEsperarPagina(Keys.SPACE);
        String numero = navegador.texto("numero-caso");
        assertThat(casosConTitulo(titulo)).isEqualTo(1);
        assertThat(numeroConTitulo(titulo)).isEqualTo(numero);
        navegador.tabularHasta("verCaso");
        navegador.tabularHasta("abrirOtro");
        navegador.teclaYEsperarPagina(Keys.ENTER);
        assertThat(navegador.valor(FORMULARIO + "autorizacion")).isEmpty();
    }

    private URI raiz() {
        return Local.raiz(base);
    }

    private void elegir(String campo, String valor) {
        navegador.elegir(FORMULARIO + campo, valor);
    }

    private void escribir(String campo, String texto) {
        driver.findElement(By.id(FORMULARIO + campo)).sendKeys(texto);
    }

    private String mensaje(String campo) {
        return navegador.texto(FORMULARIO + campo + "-mensaje");
    }

    private void anexar(String tipo, String titulo, Path fichero) {
        elegir("tipoDocumento", tipo);
        driver.findElement(By.id(FORMULARIO + "tituloDocumento")).clear();
        escribir("tituloDocumento", titulo);
        driver.findElement(By.cssSelector("input[type='file'][id^='abrirCaso:ficheroDocumento']"))
                .sendKeys(fichero.toAbsolutePath().toString());
        navegador.pulsarYEsperarPagina(By.id(FORMULARIO + "anexar"));
    }

    /** The last day to answer, as stored with the case when the information was requested. */
    private static String ultimoDia(String numero) throws SQLException {
        try (Connection c = conexion();
                PreparedStatement s = c.prepareStatement("select ultimo_dia_informacion from caso where numero = ?")) {
            s.setString(1, numero);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getDate(1).toLocalDate().format(DD_MM_AAAA);
            }
        }
    }

    private static String emailDe(String autorizacion) throws SQLException {
        return texto("select email_contacto from autorizacion where numero = ?", autorizacion);
    }

    private static String numeroConTitulo(String titulo) throws SQLException {
        return texto("select numero from caso where titulo = ?", titulo);
    }

    private static int casosConTitulo(String titulo) throws SQLException {
        return Integer.parseInt(texto("select count(*) from caso where titulo = ?", titulo));
    }

    /** The notices queued about the case of that título (their subject), whoever they were for. */
    private static int avisosConAsunto(String titulo) throws SQLException {
        return Integer.parseInt(texto("select count(*) from notificacion where asunto = ?", titulo));
    }

    private static String texto(String sql, String parametro) throws SQLException {
        try (Connection c = conexion();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parametro);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static Connection conexion() throws SQLException {
        return DriverManager.getConnection(System.getenv("CASIA_DB_URL"), "postgres", "");
    }
}
