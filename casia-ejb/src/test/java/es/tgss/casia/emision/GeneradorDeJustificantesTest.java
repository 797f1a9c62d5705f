package es.tgss.casia.emision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.sf.jasperreports.compilers.ReportExpressionEvaluationData;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRReportCompileData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class GeneradorDeJustificantesTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @TempDir
    static Path carpeta;

    private static Sello selloDePruebas;
    private static GeneradorDeJustificantes generador;
    private static Cea cea;
    /** A justificante with enough documents to need two pages, issued once for every test that reads it. */
    private static byte[] largo;

    @BeforeAll
    static void emitir() {
        VeraGreenfieldFoundryProvider.initialise();
        selloDePruebas = Sello.dePruebas(carpeta.resolve("sello"));
        generador = new GeneradorDeJustificantes(selloDePruebas, MADRID);
        cea = Justificantes.cea();
        largo = generador.generar(Justificantes.solicitud(9), cea, Justificantes.URL);
    }

    @Test
    void diceLoQueElManualPideConSusAcentos() throws IOException {
        String texto = texto(largo);
        assertThat(texto)
                .contains("Tesorería General de la Seguridad Social")
                .contains("Justificante de solicitud de trámite")
                .contains("Número de caso", "2026/00012345")
                // 09:15 UTC is 10:15 in Madrid in November.
                .contains("Fecha y hora de apertura", "30/11/2026 10:15")
                .contains("Número de autorización", "1234567", "Gestoría Peñalara y Asociados, S.L.")
                .contains("María José Núñez Ibáñez")
                .contains("Trámite", "Afiliación", "Bajas fuera de plazo", "Baja fuera de plazo de un trabajador")
                .contains("Relación de documentos anexados");
        for (int n = 1; n <= 9; n++) {
            DocumentoDelJustificante documento = Justificantes.documento(n);
            assertThat(texto)
                    .contains(documento.titulo())
                    .contains(documento.nombreFichero())
                    .contains(documento.sha256())
                    .contains(String.format("(1.234.%d bytes)", 567 + n));
        }
        assertThat(texto).contains("nº 1 — año 2026 (€)");
    }

    @Test
    void elCeaVaAlPieDeCadaPaginaConSuNumero() throws IOException {
        try (PDDocument documento = Loader.loadPDF(largo)) {
            int paginas = documento.getNumberOfPages();
            assertThat(paginas).isGreaterThanOrEqualTo(2);
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
    void laDocumentacionComplementariaListaLosDocumentosNuevos() throws IOException {
        String texto = texto(generador.generar(Justificantes.complementaria(), cea, Justificantes.URL));
        assertThat(texto)
                .contains("Justificante de documentación complementaria anexada")
                .contains("Régimen General")
                .contains("02/12/2026 17:40")
                .contains(Justificantes.documento(7).sha256())
                .doesNotContain(Justificantes.documento(1).sha256());
    }

    @Test
    void sinDocumentosLoDice() throws IOException {
        assertThat(texto(generador.generar(Justificantes.solicitud(0), cea, Justificantes.URL)))
                .contains("No se han anexado documentos.")
                .contains("Subcategoría");
    }

    @Test
    void esPdfA2bDespuesDeSellado() throws Exception {
        assertPdfA2b(largo);
    }

    @Test
    void laFirmaCadesVerificaContraElRangoFirmadoYElCertificado() throws Exception {
        verificarFirma(largo, selloDePruebas.certificado());
    }

    @Test
    void pdfsigDePopplerDaLaFirmaPorValida() throws Exception {
        Path pdf = carpeta.resolve("justificante.pdf");
        Files.write(pdf, largo);
        // pdfsig comes from Debian's poppler-utils (config/test/preparar.sh installs it): without it this fails.
        Process pdfsig = new ProcessBuilder("pdfsig", pdf.toString())
                .redirectErrorStream(true)
                .start();
        String salida = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pdfsig.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(salida)
                .contains("Signature Type: ETSI.CAdES.detached")
                .contains("Signing Hash Algorithm: SHA-256")
                .contains("Total document signed")
                .contains("Signature Validation: Signature is Valid.")
                .contains("Sello de pruebas de CASIA");
    }

    @Test
    void conElSelloRealNoHayAvisoDePruebasYSigueSiendoPdfAFirmado() throws Exception {
        char[] contrasena = "secreto".toCharArray();
        Sello real = Sello.dePkcs12(
                SelloTest.almacenDePrueba(carpeta.resolve("tgss.p12"), contrasena, "CN=Sello TGSS de ensayo, C=ES"),
                contrasena);
        byte[] pdf = new GeneradorDeJustificantes(real, MADRID)
                .generar(Justificantes.complementaria(), Justificantes.cea(), Justificantes.URL);

        assertThat(texto(pdf)).doesNotContainIgnoringCase("sello de pruebas");
        verificarFirma(pdf, real.certificado());
        assertPdfA2b(pdf);
    }

    @Test
    void elQrImpresoLlevaALaPaginaDeVerificacion() throws Exception {
        assertThat(qrDeLaPrimeraPagina(largo)).isEqualTo(Justificantes.URL.toString());
    }

    @Test
    void laPlantillaNoNecesitaCompiladorDeJava() {
        // Direct expressions only: nothing for javac or JDT to compile, so nothing that depends on the server's
        // class path at start-up. A Java expression added to the template would make this fail.
        JasperReport plantilla =
                EmisionPdf.compilar(GeneradorDeJustificantes.class, GeneradorDeJustificantes.PLANTILLA);
        JRReportCompileData datos = (JRReportCompileData) plantilla.getCompileData();
        assertThat(datos.getMainDatasetCompileData())
                .isInstanceOfSatisfying(
                        ReportExpressionEvaluationData.class,
                        d -> assertThat(d.getCompileData()).isNull());
    }

    @Test
    void noDependeDelCargadorDeClasesDelHiloQueLoLlama() throws Exception {
        // A timer, batch or managed thread of the server may carry a context class loader that sees nothing of
        // CASIA's jars: JasperReports also looks for its extensions (fonts, the PDF exporter) through its own loader,
        // the one of the jars beside CASIA's, so the document comes out the same.
        ClassLoader ciego = new URLClassLoader(new URL[0], null);
        byte[][] resultado = new byte[1][];
        Thread hilo = new Thread(() -> resultado[0] = new GeneradorDeJustificantes(selloDePruebas, MADRID)
                .generar(Justificantes.complementaria(), cea, Justificantes.URL));
        hilo.setContextClassLoader(ciego);
        hilo.start();
        hilo.join();
        assertThat(texto(resultado[0])).contains("Justificante de documentación complementaria anexada");
        assertPdfA2b(resultado[0]);
    }

    @Test
    void variosHilosALaVezObtienenDocumentosCorrectos() throws Exception {
        List<Cea> ceas = List.of(Justificantes.cea(), Justificantes.cea(), Justificantes.cea(), Justificantes.cea());
        List<byte[]> pdfs = ceas.parallelStream()
                .map(c -> generador.generar(Justificantes.solicitud(2), c, Justificantes.URL))
                .toList();
        for (int i = 0; i < ceas.size(); i++) {
            assertThat(texto(pdfs.get(i))).contains(ceas.get(i).pie());
            verificarFirma(pdfs.get(i), selloDePruebas.certificado());
        }
    }

    /** The CMS inside /Contents, without the zeros that pad the space reserved for it. */
    private static ContentInfo cms(PDSignature firma, byte[] pdf) throws IOException {
        try (ASN1InputStream lector = new ASN1InputStream(firma.getContents(pdf))) {
            return ContentInfo.getInstance(lector.readObject());
        }
    }

    /** What the QR printed on the first page says, read from the rendered page as a phone would. */
    static String qrDeLaPrimeraPagina(byte[] pdf) throws Exception {
        BufferedImage pagina;
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            pagina = new PDFRenderer(documento).renderImageWithDPI(0, 150, ImageType.RGB);
        }
        int[] pixeles = pagina.getRGB(0, 0, pagina.getWidth(), pagina.getHeight(), null, 0, pagina.getWidth());
        BinaryBitmap imagen = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(pagina.getWidth(), pagina.getHeight(), pixeles)));
        Result leido = new QRCodeReader().decode(imagen, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return leido.getText();
    }

    /** The text of the PDF, with line breaks made spaces: a long title may wrap. */
    static String texto(byte[] pdf) throws IOException {
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(documento).replaceAll("\\s*\\R\\s*", " ");
        }
    }

    static void assertPdfA2b(byte[] pdf) throws Exception {
        try (PDFAParser lector = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
                PDFAValidator validador = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            assertThat(lector.getFlavour()).isEqualTo(PDFAFlavour.PDFA_2_B);
            ValidationResult resultado = validador.validate(lector);
            assertThat(resultado.isCompliant())
                    .as(() -> fallos(resultado.getTestAssertions()))
                    .isTrue();
        }
    }

    private static String fallos(Collection<TestAssertion> afirmaciones) {
        return afirmaciones.stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId() + " " + a.getMessage())
                .distinct()
                .collect(Collectors.joining("\n"));
    }

    static void verificarFirma(byte[] pdf, X509Certificate certificado) throws Exception {
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            List<PDSignature> firmas = documento.getSignatureDictionaries();
            assertThat(firmas).hasSize(1);
            PDSignature firma = firmas.get(0);
            assertThat(firma.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            int[] rango = firma.getByteRange();
            // The signed range covers the whole file except the signature's own /Contents.
            assertThat(rango[0]).isZero();
            assertThat(rango[2] + rango[3]).isEqualTo(pdf.length);

            CMSSignedData cms =
                    new CMSSignedData(new CMSProcessableByteArray(firma.getSignedContent(pdf)), cms(firma, pdf));
            SignerInformation firmante =
                    cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder incluido = (X509CertificateHolder) cms.getCertificates()
                    .getMatches(firmante.getSID())
                    .iterator()
                    .next();
            assertThat(incluido.getEncoded()).isEqualTo(certificado.getEncoded());
            assertThat(firmante.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificado)))
                    .isTrue();
            assertThat(firmante.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");

            // PAdES baseline-B: signing-certificate-v2 names this certificate by its SHA-256; no signing-time.
            var atributos = firmante.getSignedAttributes();
            assertThat(atributos.get(CMSAttributes.signingTime)).isNull();
            SigningCertificateV2 certificadoFirmante = SigningCertificateV2.getInstance(atributos
                    .get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)
                    .getAttrValues()
                    .getObjectAt(0));
            assertThat(certificadoFirmante.getCerts()[0].getCertHash())
                    .isEqualTo(MessageDigest.getInstance("SHA-256").digest(certificado.getEncoded()));

            // A changed byte inside the signed range breaks the signature.
            byte[] alterado = firma.getSignedContent(pdf);
            alterado[alterado.length / 2] ^= 1;
            CMSSignedData sobreAlterado = new CMSSignedData(new CMSProcessableByteArray(alterado), cms(firma, pdf));
            SignerInformation otro =
                    sobreAlterado.getSignerInfos().getSigners().iterator().next();
            assertThatThrownBy(() -> otro.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificado)))
                    .isInstanceOf(CMSSignerDigestMismatchException.class);
        }
    }
}
