package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import es.tgss.casia.prueba.TramitadorDePrueba;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The manual walked end to end in a real browser, as issue 9 asks, by one autorizada and a tramitador: Lucía, in
 * two autorizaciones, chooses one; files a Trámite with datos complementarios and two documents and downloads its
 * justificante; finds the case by its número (Opción 1) and by Opción 2; adds a document with Modificar Información
 * (the second justificante) and cancels it while Presentado (Anulado). Then a second case a tramitador takes: her
 * request to cancel waits for him, he refuses it; she reads the history; he asks for information, she answers
 * before the deadline, he resolves it, and she rates it. The tramitador acts through the real services over HTTP
 * ({@link TramitadorDePrueba}) until the back-office has its screens. Every screen is checked by axe-core and photographed into target/capturas-portal/recorrido-*.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecorridoDelManualIT {

    @ArquillianResource
    private URL base;

    @TempDir
    private Path ficheros;

    private Navegador navegador;
    private WebDriver driver;

    @Test
    void elManualDePrincipioAFin() throws Exception {
        try (Navegador abierto = new Navegador()) {
            navegador = abierto;
            driver = abierto.driver();
            eligeUnaDeSusDosAutorizaciones();
            String tramite = abreUnTramiteConDosDocumentosYDatosComplementarios();
            loEncuentraPorNumeroYPorLaOpcion2(tramite);
            anadeUnDocumentoYRecibeElSegundoJustificante(tramite);
            loAnulaMientrasEstaPresentado(tramite);

            TramitadorDePrueba tramitador = TramitadorDePrueba.accede(Local.raiz(base), "tram.madrid1");
            String consulta = abreUnaConsultaQueUnTramitadorToma(tramitador);
            pideAnularlaYQuedaPendiente(consulta, tramitador);
            respondeALaSolicitudDeInformacionEnPlazo(consulta, tramitador);
            laValoraCuandoSeResuelve(consulta, tramitador);
        }
    }

    private void eligeUnaDeSusDosAutorizaciones() throws IOException {
        ir("");
        driver.findElement(By.id("acceso:usuario")).sendKeys("12345678Z");
        driver.findElement(By.id("acceso:contrasena")).sendKeys("casia");
        navegador.pulsarYEsperarPagina(By.id("acceso:entrar"));
        assertThat(driver.getCurrentUrl()).contains("/portal/autorizaciones.xhtml");
        assertThat(texto("autorizaciones:lista")).contains("1000001", "1000002");
        navegador.captura("recorrido-autorizaciones");
        navegador.pulsarYEsperarPagina(By.linkText("1000001"));
        assertThat(texto("cabecera-autorizacion")).startsWith("1000001");
        navegador.captura("recorrido-accion");
    }

    private String abreUnTramiteConDosDocumentosYDatosComplementarios() throws Exception {
        navegador.pulsarYEsperarPagina(By.id("nuevo-caso"));
        elegir("nuevo:tipo", "TRAMITE");
        elegir("nuevo:materia", "INSCRIPCION_EMPRESAS");
        elegir("nuevo:categoria", "TRA_INS_MODIFICACION_DATOS");
        elegir("nuevo:subcategoria", "TRA_INS_MOD_CNAE");
        elegir("nuevo:afectaPeriodoEnCurso", "true");
        escribir("nuevo:titulo", "Cambio de CNAE de Construcciones Norte");
        escribir("nuevo:descripcion", "La empresa ha cambiado de actividad: solicito el cambio de CNAE.");
        pulsar("nuevo:anadirLinea");
        escribir("nuevo:dato0-ccc", "28 1234567 42");
        elegir("nuevo:dato0-tipoIpf", "1");
        escribir("nuevo:dato0-ipf", "12345678Z");
        escribir("nuevo:dato0-periodoDesde", "01/2026");
        anexar("DOCUMENTACION_ACREDITATIVA", "Escritura de modificación", pdf("escritura.pdf", "Escritura"));
        anexar("DNI_NIE", "DNI del administrador", png("dni.png"));
        navegador.captura("recorrido-nuevo-caso");
        navegador.pulsarYEsperarPagina(By.id("nuevo:finalizarAlta"));

        String numero = texto("numero-caso");
        assertThat(numero).matches("\\d{4}/\\d{8}");
        navegador.captura("recorrido-alta");
        String justificante = textoDelPdf(descargar(
                driver.findElement(By.cssSelector("a[id$='justificante']")).getAttribute("href")));
        assertThat(justificante).contains(numero, "escritura.pdf", "dni.png");
        return numero;
    }

    private void loEncuentraPorNumeroYPorLaOpcion2(String numero) throws IOException {
        navegador.pulsarYEsperarPagina(By.id("gestionCasos"));
        escribir("porNumero:numero", numero);
        navegador.pulsarYEsperarPagina(By.id("porNumero:buscarNumero"));
        assertThat(texto("numero")).isEqualTo(numero);
        assertThat(texto("estado-subestado")).contains("Abierto/Presentado");
        assertThat(texto("datos-complementarios")).contains("28123456742", "12345678Z");
        assertThat(texto("documentos")).contains("escritura.pdf", "dni.png");
        navegador.captura("recorrido-caso-presentado");

        navegador.pulsarYEsperarPagina(By.id("volver"));
        new Select(driver.findElement(By.id("busqueda:estado"))).selectByVisibleText("Abierto");
        navegador.pulsarYEsperarPagina(By.id("busqueda:buscar"));
        assertThat(texto("busqueda:casos")).contains(numero);
        navegador.captura("recorrido-gestion-opcion2");
        navegador.pulsarYEsperarPagina(By.linkText(numero));
        assertThat(texto("numero")).isEqualTo(numero);
    }

    private void anadeUnDocumentoYRecibeElSegundoJustificante(String numero) throws Exception {
        navegador.pulsarYEsperarPagina(By.id("modificarInformacion"));
        escribir("modificar:informacion", "Adjunto el certificado de la nueva actividad.");
        anexarEn("modificar", "OTROS", "Certificado de actividad", pdf("certificado.pdf", "Certificado"));
        navegador.captura("recorrido-modificar");
        navegador.pulsarYEsperarPagina(By.id("modificar:aceptar"));
        assertThat(estado()).isEqualTo("Abierto/Presentado");
        assertThat(texto("documentos")).contains("escritura.pdf", "dni.png", "certificado.pdf");
        assertThat(texto("justificantes"))
                .contains(
                        "Justificante de solicitud de trámite", "Justificante de documentación complementaria anexada");
        String segundo = driver.findElements(By.cssSelector("[id$='descargar'][href*='/justificantes/']")).stream()
                .filter(a -> a.getText().contains("documentación complementaria"))
                .findFirst()
                .orElseThrow()
                .getAttribute("href");
        assertThat(textoDelPdf(descargar(segundo))).contains(numero, "certificado.pdf");
        navegador.captura("recorrido-segundo-justificante");
    }

    private void loAnulaMientrasEstaPresentado(String numero) throws IOException {
        navegador.pulsarYEsperarPagina(By.id("solicitarAnulacion"));
        assertThat(texto("efecto-automatica")).startsWith("Este es el efecto para su caso:");
        navegador.captura("recorrido-confirmacion-anulacion");
        navegador.pulsarYEsperarPagina(By.id("anulacion:aceptar"));
        assertThat(estado()).isEqualTo("Cerrado/Anulado");
        assertThat(driver.findElements(By.id("solicitarAnulacion"))).isEmpty();
        navegador.captura("recorrido-caso-anulado");
    }

    private String abreUnaConsultaQueUnTramitadorToma(TramitadorDePrueba tramitador) throws IOException {
        ir("portal/casos/nuevo.xhtml");
        elegir("nuevo:tipo", "CONSULTA");
        elegir("nuevo:materia", "COTIZACION");
        elegir("nuevo:categoria", "CON_COT_SLD");
        elegir("nuevo:afectaPeriodoEnCurso", "false");
        escribir("nuevo:titulo", "Rectificar una liquidación confirmada");
        escribir("nuevo:descripcion", "¿Cómo se rectifica una liquidación ya confirmada en el SLD?");
        navegador.pulsarYEsperarPagina(By.id("nuevo:finalizarAlta"));
        String numero = texto("numero-caso");
        assertThat(tramitador.asignar(numero)).isEqualTo("ASIGNADO");
        abrirCaso(numero);
        assertThat(estado()).isEqualTo("Abierto/Asignado");
        return numero;
    }

    private void pideAnularlaYQuedaPendiente(String numero, TramitadorDePrueba tramitador) throws IOException {
        navegador.pulsarYEsperarPagina(By.id("solicitarAnulacion"));
        assertThat(texto("efecto-tramitador")).startsWith("Este es el efecto para su caso:");
        escribir("anulacion:motivo", "Ya lo hemos resuelto por otra vía.");
        navegador.pulsarYEsperarPagina(By.id("anulacion:aceptar"));
        assertThat(estado()).isEqualTo("Abierto/Asignado");
        assertThat(texto("anulacion-pendiente")).contains("debe aprobarla o rechazarla");
        navegador.captura("recorrido-anulacion-pendiente");

        assertThat(tramitador.rechazarAnulacion(numero, "Necesitamos cerrar la consulta con una respuesta."))
                .isEqualTo("ASIGNADO");
        abrirCaso(numero);
        assertThat(driver.findElements(By.id("anulacion-pendiente"))).isEmpty();
        assertThat(texto("historial"))
                .contains("Abierto", "Presentado", "Asignado", "Necesitamos cerrar la consulta con una respuesta.");
        navegador.captura("recorrido-historico");
    }

    private void respondeALaSolicitudDeInformacionEnPlazo(String numero, TramitadorDePrueba tramitador)
            throws IOException {
        assertThat(tramitador.solicitarInformacion(numero, "Indique el período de la liquidación."))
                .isEqualTo("SOLICITADA_INFORMACION");
        abrirCaso(numero);
        assertThat(estado()).isEqualTo("Abierto/Solicitada Información");
        assertThat(texto("plazo")).startsWith("Plazo para aportar la información: hasta el");
        navegador.pulsarYEsperarPagina(By.id("modificarInformacion"));
        assertThat(texto("contenido")).contains("Indique el período de la liquidación.");
        escribir("modificar:informacion", "La liquidación es la de marzo de 2026, L00.");
        navegador.pulsarYEsperarPagina(By.id("modificar:aceptar"));
        assertThat(estado()).isEqualTo("Abierto/Asignado");
        assertThat(driver.findElements(By.id("plazo"))).isEmpty();
        assertThat(texto("historial"))
                .contains("Solicitada Información", "La liquidación es la de marzo de 2026, L00.");
        navegador.captura("recorrido-informacion-aportada");
    }

    private void laValoraCuandoSeResuelve(String numero, TramitadorDePrueba tramitador) throws IOException {
        assertThat(tramitador.resolver(numero, "Presente una liquidación complementaria L03 en el SLD."))
                .isEqualTo("RESUELTO");
        abrirCaso(numero);
        assertThat(estado()).isEqualTo("Cerrado/Resuelto");
        assertThat(texto("respuesta")).contains("Presente una liquidación complementaria L03 en el SLD.");
        navegador.pulsarYEsperarPagina(By.id("valorar"));
        driver.findElement(By.cssSelector("label[for='valoracion:puntuacion:4']"))
                .click();
        escribir("valoracion:observaciones", "Respuesta clara y a tiempo.");
        navegador.pulsarYEsperarPagina(By.id("valoracion:aceptar"));
        navegador.captura("recorrido-valorado");
        navegador.pulsarYEsperarPagina(By.id("volver"));
        assertThat(driver.findElements(By.id("valorar"))).isEmpty();
        assertThat(texto("acciones-caso")).contains("5 de 5");
    }

    // ---- the browser -------------------------------------------------------------------------------------

    private void ir(String ruta) {
        driver.get(Local.raiz(base).resolve(ruta).toString());
        navegador.esperar();
    }

    private void abrirCaso(String numero) {
        ir("portal/casos/caso.xhtml?numero=" + numero);
    }

    private String estado() {
        return texto("estado-subestado").replace("Estado/Subestado:", "").strip();
    }

    private String texto(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private void escribir(String id, String texto) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(texto);
    }

    private void elegir(String id, String valor) {
        new Select(driver.findElement(By.id(id))).selectByValue(valor);
        navegador.esperar();
    }

    private void pulsar(String id) {
        driver.findElement(By.id(id)).click();
        navegador.esperar();
    }

    private void anexar(String tipo, String titulo, Path fichero) {
        anexarEn("nuevo", tipo, titulo, fichero);
    }

    /** Anexar Información on the form of that id (Nuevo Caso's, Modificar Información's). */
    private void anexarEn(String formulario, String tipo, String titulo, Path fichero) {
        elegir(formulario + ":tipoDocumento", tipo);
        escribir(formulario + ":tituloDocumento", titulo);
        driver.findElement(By.cssSelector("input[type='file'][id^='" + formulario + ":ficheroDocumento']"))
                .sendKeys(fichero.toAbsolutePath().toString());
        navegador.pulsarYEsperarPagina(By.id(formulario + ":anexar"));
    }

    /** The body of a GET of a link of the page, with the browser's session. */
    private byte[] descargar(String enlace) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> respuesta = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(Local.raiz(base)
                                        .resolve(URI.create(enlace).getRawPath()))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(respuesta.statusCode()).as(enlace).isEqualTo(200);
        return respuesta.body();
    }

    private static String textoDelPdf(byte[] pdf) throws IOException {
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(documento);
        }
    }

    // ---- the files ---------------------------------------------------------------------------------------

    private Path pdf(String nombre, String texto) throws IOException {
        Path ruta = ficheros.resolve(nombre);
        try (PDDocument documento = new PDDocument()) {
            PDPage pagina = new PDPage();
            documento.addPage(pagina);
            try (PDPageContentStream contenido = new PDPageContentStream(documento, pagina)) {
                contenido.beginText();
                contenido.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                contenido.newLineAtOffset(72, 700);
                contenido.showText(texto);
                contenido.endText();
            }
            documento.save(ruta.toFile());
        }
        return ruta;
    }

    private Path png(String nombre) throws IOException {
        Path ruta = ficheros.resolve(nombre);
        BufferedImage imagen = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        imagen.getGraphics().fillRect(10, 10, 100, 60);
        ImageIO.write(imagen, "png", ruta.toFile());
        return ruta;
    }
}
