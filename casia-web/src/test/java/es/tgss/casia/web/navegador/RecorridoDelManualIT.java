package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import es.tgss.casia.prueba.TramitadorDePrueba;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
        navegador.acceder(Local.raiz(base), "12345678Z");
        assertThat(driver.getCurrentUrl()).contains("/portal/autorizaciones.xhtml");
        assertThat(navegador.texto("autorizaciones:lista")).contains("1000001", "1000002");
        navegador.captura("recorrido-autorizaciones");
        navegador.pulsarYEsperarPagina(By.linkText("1000001"));
        assertThat(navegador.texto("cabecera-autorizacion")).startsWith("1000001");
        navegador.captura("recorrido-accion");
    }

    private String abreUnTramiteConDosDocumentosYDatosComplementarios() throws Exception {
        navegador.pulsarYEsperarPagina(By.id("nuevo-caso"));
        navegador.elegir("nuevo:tipo", "TRAMITE");
        navegador.elegir("nuevo:materia", "INSCRIPCION_EMPRESAS");
        navegador.elegir("nuevo:categoria", "TRA_INS_MODIFICACION_DATOS");
        navegador.elegir("nuevo:subcategoria", "TRA_INS_MOD_CNAE");
        navegador.elegir("nuevo:afectaPeriodoEnCurso", "true");
        escribir("nuevo:titulo", "Cambio de CNAE de Construcciones Norte");
        escribir("nuevo:descripcion", "La empresa ha cambiado de actividad: solicito el cambio de CNAE.");
        pulsar("nuevo:anadirLinea");
        escribir("nuevo:dato0-ccc", "28 1234567 42");
        navegador.elegir("nuevo:dato0-tipoIpf", "1");
        escribir("nuevo:dato0-ipf", "12345678Z");
        escribir("nuevo:dato0-periodoDesde", "01/2026");
        anexar(
                "DOCUMENTACION_ACREDITATIVA",
                "Escritura de modificación",
                Ficheros.pdf(ficheros, "escritura.pdf", "Escritura"));
        anexar("DNI_NIE", "DNI del administrador", Ficheros.png(ficheros, "dni.png"));
        navegador.captura("recorrido-nuevo-caso");
        navegador.pulsarYEsperarPagina(By.id("nuevo:finalizarAlta"));

        String numero = navegador.texto("numero-caso");
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
        assertThat(navegador.texto("numero")).isEqualTo(numero);
        assertThat(navegador.texto("estado-subestado")).contains("Abierto/Presentado");
        assertThat(navegador.texto("datos-complementarios")).contains("28123456742", "12345678Z");
        assertThat(navegador.texto("documentos")).contains("escritura.pdf", "dni.png");
        navegador.captura("recorrido-caso-presentado");

        navegador.pulsarYEsperarPagina(By.id("volver"));
        new Select(driver.findElement(By.id("busqueda:estado"))).selectByVisibleText("Abierto");
        navegador.pulsarYEsperarPagina(By.id("busqueda:buscar"));
        assertThat(navegador.texto("busqueda:casos")).contains(numero);
        navegador.captura("recorrido-gestion-opcion2");
        navegador.pulsarYEsperarPagina(By.linkText(numero));
        assertThat(navegador.texto("numero")).isEqualTo(numero);
    }

    private void anadeUnDocumentoYRecibeElSegundoJustificante(String numero) throws Exception {
        navegador.pulsarYEsperarPagina(By.id("modificarInformacion"));
        escribir("modificar:informacion", "Adjunto el certificado de la nueva actividad.");
        anexarEn(
                "modificar",
                "OTROS",
                "Certificado de actividad",
                Ficheros.pdf(ficheros, "certificado.pdf", "Certificado"));
        navegador.captura("recorrido-modificar");
        navegador.pulsarYEsperarPagina(By.id("modificar:aceptar"));
        assertThat(navegador.estado()).isEqualTo("Abierto/Presentado");
        assertThat(navegador.texto("documentos")).contains("escritura.pdf", "dni.png", "certificado.pdf");
        assertThat(navegador.texto("justificantes"))
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
        assertThat(navegador.texto("efecto-automatica")).startsWith("Este es el efecto para su caso:");
        navegador.captura("recorrido-confirmacion-anulacion");
        navegador.pulsarYEsperarPagina(By.id("anulacion:aceptar"));
        assertThat(navegador.estado()).isEqualTo("Cerrado/Anulado");
        assertThat(driver.findElements(By.id("solicitarAnulacion"))).isEmpty();
        navegador.captura("recorrido-caso-anulado");
    }

    private String abreUnaConsultaQueUnTramitadorToma(TramitadorDePrueba tramitador) throws IOException {
        navegador.ir(Local.raiz(base), "portal/casos/nuevo.xhtml");
        navegador.elegir("nuevo:tipo", "CONSULTA");
        navegador.elegir("nuevo:materia", "COTIZACION");
        navegador.elegir("nuevo:categoria", "CON_COT_SLD");
        navegador.elegir("nuevo:afectaPeriodoEnCurso", "false");
        escribir("nuevo:titulo", "Rectificar una liquidación confirmada");
        escribir("nuevo:descripcion", "¿Cómo se rectifica una liquidación ya confirmada en el SLD?");
        navegador.pulsarYEsperarPagina(By.id("nuevo:finalizarAlta"));
        String numero = navegador.texto("numero-caso");
        assertThat(tramitador.asignar(numero)).isEqualTo("ASIGNADO");
        navegador.abrirCaso(Local.raiz(base), numero);
        assertThat(navegador.estado()).isEqualTo("Abierto/Asignado");
        return numero;
    }

    private void pideAnularlaYQuedaPendiente(String numero, TramitadorDePrueba tramitador) throws IOException {
        navegador.pulsarYEsperarPagina(By.id("solicitarAnulacion"));
        assertThat(navegador.texto("efecto-tramitador")).startsWith("Este es el efecto para su caso:");
        escribir("anulacion:motivo", "Ya lo hemos resuelto por otra vía.");
        navegador.pulsarYEsperarPagina(By.id("anulacion:aceptar"));
        assertThat(navegador.estado()).isEqualTo("Abierto/Asignado");
        assertThat(navegador.texto("anulacion-pendiente")).contains("debe aprobarla o rechazarla");
        navegador.captura("recorrido-anulacion-pendiente");

        assertThat(tramitador.rechazarAnulacion(numero, "Necesitamos cerrar la consulta con una respuesta."))
                .isEqualTo("ASIGNADO");
        navegador.abrirCaso(Local.raiz(base), numero);
        assertThat(driver.findElements(By.id("anulacion-pendiente"))).isEmpty();
        assertThat(navegador.texto("historial"))
                .contains("Abierto", "Presentado", "Asignado", "Necesitamos cerrar la consulta con una respuesta.");
        navegador.captura("recorrido-historico");
    }

    private void respondeALaSolicitudDeInformacionEnPlazo(String numero, TramitadorDePrueba tramitador)
            throws IOException {
        assertThat(tramitador.solicitarInformacion(numero, "Indique el período de la liquidación."))
                .isEqualTo("SOLICITADA_INFORMACION");
        navegador.abrirCaso(Local.raiz(base), numero);
        assertThat(navegador.estado()).isEqualTo("Abierto/Solicitada Información");
        assertThat(navegador.texto("plazo")).startsWith("Plazo para aportar la información: hasta el");
        navegador.pulsarYEsperarPagina(By.id("modificarInformacion"));
        assertThat(navegador.texto("contenido")).contains("Indique el período de la liquidación.");
        escribir("modificar:informacion", "La liquidación es la de marzo de 2026, L00.");
        navegador.pulsarYEsperarPagina(By.id("modificar:aceptar"));
        assertThat(navegador.estado()).isEqualTo("Abierto/Asignado");
        assertThat(driver.findElements(By.id("plazo"))).isEmpty();
        assertThat(navegador.texto("historial"))
                .contains("Solicitada Información", "La liquidación es la de marzo de 2026, L00.");
        navegador.captura("recorrido-informacion-aportada");
    }

    private void laValoraCuandoSeResuelve(String numero, TramitadorDePrueba tramitador) throws IOException {
        assertThat(tramitador.resolver(numero, "Presente una liquidación complementaria L03 en el SLD."))
                .isEqualTo("RESUELTO");
        navegador.abrirCaso(Local.raiz(base), numero);
        assertThat(navegador.estado()).isEqualTo("Cerrado/Resuelto");
        assertThat(navegador.texto("respuesta")).contains("Presente una liquidación complementaria L03 en el SLD.");
        navegador.pulsarYEsperarPagina(By.id("valorar"));
        driver.findElement(By.cssSelector("label[for='valoracion:puntuacion:4']"))
                .click();
        escribir("valoracion:observaciones", "Respuesta clara y a tiempo.");
        navegador.pulsarYEsperarPagina(By.id("valoracion:aceptar"));
        navegador.captura("recorrido-valorado");
        navegador.pulsarYEsperarPagina(By.id("volver"));
        assertThat(driver.findElements(By.id("valorar"))).isEmpty();
        assertThat(navegador.texto("acciones-caso")).contains("5 de 5");
    }

    // ---- the browser -------------------------------------------------------------------------------------

    private void escribir(String id, String texto) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(texto);
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
        navegador.elegir(formulario + ":tipoDocumento", tipo);
        escribir(formulario + ":tituloDocumento", titulo);
        driver.findElement(By.cssSelector("input[type='file'][id^='" + formulario + ":ficheroDocumento']"))
                .sendKeys(fichero.toAbsolutePath().toString());
        navegador.pulsarYEsperarPagina(By.id(formulario + ":anexar"));
    }

    /** The body of a GET of a link of the page, with the browser's session. */
    private byte[] descargar(String enlace) throws IOException, InterruptedException {
        HttpResponse<byte[]> respuesta = navegador.descargar(Local.raiz(base), enlace);
        assertThat(respuesta.statusCode()).as(enlace).isEqualTo(200);
        return respuesta.body();
    }

    private static String textoDelPdf(byte[] pdf) throws IOException {
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(documento);
        }
    }
}
