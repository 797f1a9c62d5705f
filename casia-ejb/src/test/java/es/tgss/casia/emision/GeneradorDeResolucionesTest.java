package es.tgss.casia.emision;

import static es.tgss.casia.emision.GeneradorDeJustificantesTest.assertPdfA2b;
import static es.tgss.casia.emision.GeneradorDeJustificantesTest.qrDeLaPrimeraPagina;
import static es.tgss.casia.emision.GeneradorDeJustificantesTest.texto;
import static es.tgss.casia.emision.GeneradorDeJustificantesTest.verificarFirma;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.sf.jasperreports.compilers.ReportExpressionEvaluationData;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRReportCompileData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/** The Resolución de Desistimiento: the same PDF/A, seal, CEA and QR as the justificantes, and the text it states. */
class GeneradorDeResolucionesTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    /** Requested at 11:20 in Madrid: 20 natural days from the next day end on Tuesday 22/12/2026. */
    private static final Instant SOLICITADA = Instant.parse("2026-12-02T10:20:00Z");

    private static final Instant CERRADO = Instant.parse("2026-12-23T01:30:00Z");
    private static final String SOLICITUD_CORTA =
            "Aporte el certificado de la cuenta de cotización del señor Muñoz, con el importe en €.";
    /** 1,000 characters of words, accents, ñ and €: long enough to wrap over many lines, maybe to a second page. */
    private static final String SOLICITUD_LARGA = largo(1000);

    @TempDir
    static Path carpeta;

    private static Sello selloDePruebas;
    private static GeneradorDeJustificantes generador;
    private static Cea cea;
    private static byte[] resolucion;

    @BeforeAll
    static void emitir() {
        VeraGreenfieldFoundryProvider.initialise();
        selloDePruebas = Sello.dePruebas(carpeta.resolve("sello"));
        generador = new GeneradorDeJustificantes(selloDePruebas, MADRID);
        cea = Justificantes.cea();
        resolucion = generador.resolucion(datos(SOLICITUD_LARGA, "Régimen General"), cea, Justificantes.URL);
    }

    @Test
    void diceLosHechosYElDerechoDelDesistimiento() throws IOException {
        String texto = texto(generador.resolucion(datos(SOLICITUD_CORTA, null), cea, Justificantes.URL));
        assertThat(texto)
                .contains("Tesorería General de la Seguridad Social — Servicio CASIA")
                .contains("Resolución de Desistimiento")
                .contains("Número de caso", "2026/00012345")
                .contains("Autorización RED número", "1234567", "Gestoría Peñalara y Asociados, S.L.")
                .contains("María José Núñez Ibáñez")
                // No subcategoría: the Trámite ends at the categoría.
                .contains("Trámite Afiliación › Bajas fuera de plazo Título")
                .contains("Baja fuera de plazo de un trabajador")
                .contains("Antecedentes de hecho", "Fundamentos de derecho", "Resolución", "Recursos")
                // Apertura 09:15 UTC is 10:15 in Madrid (CET).
                .contains("El 30/11/2026 10:15 Gestoría Peñalara y Asociados, S.L. (autorización 1234567) presentó")
                .contains("El 02/12/2026 11:20 la Tesorería General de la Seguridad Social requirió")
                .contains("«" + SOLICITUD_CORTA + "»")
                .contains("20 días naturales, que finalizaba el 22/12/2026, inclusive")
                .contains("el 23/12/2026 02:30 el caso fue cerrado de oficio")
                .contains("artículo 68", "artículo 21", "artículo 30", "artículo 43", "Orden ISM/903/2020")
                .contains("se le tendrá por desistido de su petición, previa resolución que deberá ser dictada en"
                        + " los términos previstos en el artículo 21")
                .contains("Declarar desistido a Gestoría Peñalara y Asociados, S.L. (autorización 1234567) de su"
                        + " solicitud de trámite 2026/00012345, y archivar el caso.")
                .contains("recurso de alzada ante la Dirección General de la Tesorería General de la Seguridad"
                        + " Social en el plazo de un mes, contado a partir del día siguiente al de su notificación")
                .contains("artículos 121 y 122")
                .contains("Fecha y hora de emisión", "23/12/2026 02:30")
                .contains(
                        "Documento sellado electrónicamente. Puede comprobar su autenticidad en " + Justificantes.URL);
    }

    @Test
    void unaSolicitudLargaConAcentosSeLeeTalCual() throws IOException {
        assertThat(SOLICITUD_LARGA).hasSize(1000).contains("ñ", "€", "á", "Ú");
        String texto = texto(resolucion);
        assertThat(texto)
                .contains("«" + SOLICITUD_LARGA + "»")
                .contains("Trámite Afiliación › Bajas fuera de plazo › Régimen General");
    }

    @Test
    void elCeaVaAlPieDeCadaPaginaConSuNumero() throws IOException {
        try (PDDocument documento = Loader.loadPDF(resolucion)) {
            int paginas = documento.getNumberOfPages();
            for (int p = 1; p <= paginas; p++) {
                PDFTextStripper lector = new PDFTextStripper();
                lector.setStartPage(p);
                lector.setEndPage(p);
                assertThat(lector.getText(documento))
                        .as("página %d", p)
                        .contains(cea.pie() + " · Página " + p + " de " + paginas)
                        .contains("SELLO DE PRUEBAS");
            }
        }
    }

    @Test
    void esPdfA2bDespuesDeSellado() throws Exception {
        assertPdfA2b(resolucion);
    }

    @Test
    void laFirmaCadesVerificaContraElRangoFirmadoYElCertificado() throws Exception {
        verificarFirma(resolucion, selloDePruebas.certificado());
    }

    @Test
    void pdfsigDePopplerDaLaFirmaPorValida() throws Exception {
        Path pdf = carpeta.resolve("resolucion.pdf");
        Files.write(pdf, resolucion);
        // pdfsig comes from Debian's poppler-utils (config/test/preparar.sh installs it): without it this fails.
        Process pdfsig = new ProcessBuilder("pdfsig", pdf.toString())
                .redirectErrorStream(true)
                .start();
        String salida = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pdfsig.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(salida)
                .contains("Signature Type: ETSI.CAdES.detached")
                .contains("Total document signed")
                .contains("Signature Validation: Signature is Valid.");
    }

    @Test
    void elQrImpresoLlevaALaPaginaDeVerificacion() throws Exception {
        assertThat(qrDeLaPrimeraPagina(resolucion)).isEqualTo(Justificantes.URL.toString());
    }

    @Test
    void laPlantillaNoNecesitaCompiladorDeJava() {
        JasperReport plantilla =
                EmisionPdf.compilar(GeneradorDeJustificantes.class, GeneradorDeJustificantes.PLANTILLA_RESOLUCION);
        JRReportCompileData compilada = (JRReportCompileData) plantilla.getCompileData();
        assertThat(compilada.getMainDatasetCompileData())
                .isInstanceOfSatisfying(
                        ReportExpressionEvaluationData.class,
                        d -> assertThat(d.getCompileData()).isNull());
    }

    @Test
    void faltaUnDatoYNoHayResolucion() {
        assertThatThrownBy(() -> new DatosResolucion(
                        "2026/00012345",
                        Justificantes.APERTURA,
                        "1234567",
                        "Gestoría",
                        "usuario",
                        "Afiliación",
                        "Bajas",
                        null,
                        "título",
                        null,
                        SOLICITADA,
                        LocalDate.of(2026, 12, 22),
                        CERRADO,
                        CERRADO))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("solicitud");
    }

    @Test
    void unaResolucionNoSeEmiteComoJustificante() {
        DatosJustificante base = Justificantes.solicitud(0);
        assertThatThrownBy(() -> new DatosJustificante(
                        ClaseDeJustificante.RESOLUCION_DESISTIMIENTO,
                        base.numeroCaso(),
                        base.apertura(),
                        base.numeroAutorizacion(),
                        base.razonSocial(),
                        base.usuarioAlta(),
                        base.tipo(),
                        base.materia(),
                        base.categoria(),
                        base.subcategoria(),
                        base.titulo(),
                        List.of(),
                        base.emision()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static DatosResolucion datos(String solicitud, String subcategoria) {
        return new DatosResolucion(
                "2026/00012345",
                Justificantes.APERTURA,
                "1234567",
                "Gestoría Peñalara y Asociados, S.L.",
                "12345678Z · María José Núñez Ibáñez",
                "Afiliación",
                "Bajas fuera de plazo",
                subcategoria,
                "Baja fuera de plazo de un trabajador",
                solicitud,
                SOLICITADA,
                LocalDate.of(2026, 12, 22),
                CERRADO,
                CERRADO.plusSeconds(5));
    }

    /** Words separated by single spaces, as a tramitador writes them, cut to exactly {@code longitud} characters. */
    private static String largo(int longitud) {
        String frase =
                "Aporte el informe de vida laboral de Ángel Núñez Peñalver, la baja en el régimen, el trámite y el"
                        + " justificante del ingreso de 1.234,56 € en la cuenta de cotización; Úbeda, año 2026. ";
        StringBuilder texto = new StringBuilder();
        while (texto.length() < longitud) {
            texto.append(frase);
        }
        texto.setLength(longitud - 1);
        return texto.toString().strip() + ".";
    }
}
