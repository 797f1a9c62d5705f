package es.tgss.casia.emision;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import net.sf.jasperreports.repo.InputStreamResource;
import net.sf.jasperreports.repo.RepositoryService;
import net.sf.jasperreports.repo.Resource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Issues a document of the TGSS from a compiled JasperReports template: fill, export as PDF/A-2b, and seal with a
 * PAdES baseline-B signature. Whatever the template, every document gets the same two parameters, {@code pieCea}
 * (the CEA for the foot of every page) and {@code avisoSello} (the "Sello de pruebas" notice, null with the real
 * seal), so that justificantes and resoluciones carry the CEA and the notice alike. Thread-safe: the templates are
 * compiled once and each call works on its own objects.
 */
public final class EmisionPdf {

    /** The parameters every template declares; {@code EmisionPdf} fills them. */
    public static final String PARAMETRO_PIE_CEA = "pieCea";

    public static final String PARAMETRO_AVISO_SELLO = "avisoSello";

    static final String AVISO_SELLO_DE_PRUEBAS =
            "SELLO DE PRUEBAS\nDocumento sin validez: sellado con el " + Sello.NOMBRE_DE_PRUEBAS;
    static final String AUTOR = "Tesorería General de la Seguridad Social";

    private final Sello sello;
    private final JasperReportsContext contexto;
    private final int tamanoFirma;

    public EmisionPdf(Sello sello) {
        this.sello = sello;
        this.contexto = contextoConPerfilSrgb();
        // Room for the CMS: the chain, the signed attributes and the signature, with margin for a longer real chain.
        int cadena = 0;
        for (X509Certificate c : sello.cadena()) {
            try {
                cadena += c.getEncoded().length;
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        this.tamanoFirma = cadena + 4096;
    }

    /** What the PDF's metadata says about it (the XMP of PDF/A and the document information). */
    public record Metadatos(String titulo, String asunto, Instant emision) {}

    /**
     * Compiles a template once (the caller keeps it). The templates use only parameter, field and variable
     * references, which JasperReports evaluates directly, so no Java compiler runs, inside a server or not.
     */
    public static JasperReport compilar(Class<?> junto, String recurso) {
        try (InputStream in = junto.getResourceAsStream(recurso)) {
            if (in == null) {
                throw new IllegalStateException("No está la plantilla " + recurso + " junto a " + junto.getName());
            }
            return JasperCompileManager.compileReport(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("No se pudo compilar la plantilla " + recurso, e);
        }
    }

    /** Fills the template with the given parameters and rows, and returns the sealed PDF/A-2b. */
    public byte[] emitir(
            JasperReport plantilla, Map<String, Object> parametros, JRDataSource filas, Cea cea, Metadatos metadatos) {
        Map<String, Object> todos = new HashMap<>(parametros);
        todos.put(PARAMETRO_PIE_CEA, cea.pie());
        todos.put(PARAMETRO_AVISO_SELLO, sello.esDePruebas() ? AVISO_SELLO_DE_PRUEBAS : null);
        byte[] exportado = exportar(plantilla, todos, filas, metadatos);
        try {
            return sellarComoPdfA2b(exportado, metadatos);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo sellar el documento", e);
        }
    }

    private byte[] exportar(
            JasperReport plantilla, Map<String, Object> parametros, JRDataSource filas, Metadatos metadatos) {
        try {
            JasperPrint impreso = JasperFillManager.getInstance(contexto).fill(plantilla, parametros, filas);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
            JRPdfExporter exportador = new JRPdfExporter(contexto);
            exportador.setExporterInput(new SimpleExporterInput(impreso));
            exportador.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            SimplePdfExporterConfiguration configuracion = new SimplePdfExporterConfiguration();
            configuracion.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
            configuracion.setIccProfilePath(PerfilSrgb.UBICACION);
            configuracion.setMetadataTitle(metadatos.titulo());
            configuracion.setMetadataSubject(metadatos.asunto());
            configuracion.setMetadataAuthor(AUTOR);
            configuracion.setMetadataCreator("CASIA");
            configuracion.setDisplayMetadataTitle(true);
            exportador.setConfiguration(configuracion);
            exportador.exportReport();
            return pdf.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("No se pudo generar el documento " + metadatos.titulo(), e);
        }
    }

    /**
     * Completes the PDF/A-2b and seals it, in one incremental update over the exported file.
     *
     * <p>PDF/A-2 wants a font's /CIDSet to list every glyph of the subset or to be absent; the exporter's lists fewer
     * (veraPDF says so), so it goes. The seal is PAdES baseline-B: an ETSI.CAdES.detached CMS over the signed byte
     * range, SHA-256, with the signing-certificate-v2 attribute and without signing-time (PAdES keeps the claimed
     * time in the signature dictionary). Fixing and signing in one pass saves a second parse and save of the file.
     */
    private byte[] sellarComoPdfA2b(byte[] exportado, Metadatos metadatos) throws IOException {
        try (PDDocument documento = Loader.loadPDF(exportado);
                SignatureOptions opciones = new SignatureOptions()) {
            Set<COSDictionary> cambiados = new HashSet<>();
            Set<COSBase> vistos = new HashSet<>();
            for (PDPage pagina : documento.getPages()) {
                quitarCidSet(pagina.getCOSObject().getCOSDictionary(COSName.RESOURCES), vistos, cambiados);
            }
            PDSignature firma = new PDSignature();
            firma.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            firma.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            firma.setName(nombreComun(sello.certificado()));
            firma.setReason(
                    sello.esDePruebas()
                            ? "Sello de pruebas: sin validez para uso real"
                            : "Sello electrónico de la " + AUTOR);
            Calendar fecha = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            fecha.setTimeInMillis(metadatos.emision().toEpochMilli());
            firma.setSignDate(fecha);
            opciones.setPreferredSignatureSize(tamanoFirma);
            documento.addSignature(firma, this::cms, opciones);
            ByteArrayOutputStream salida = new ByteArrayOutputStream(exportado.length + 2 * tamanoFirma + 8192);
            documento.saveIncremental(salida, cambiados);
            return salida.toByteArray();
        }
    }

    /*
     * Walks the resources as plain dictionaries: building PDFBox's font objects would parse every embedded font
     * file, which cost a tenth of each document for a key that is removed without reading it.
     */
    private static void quitarCidSet(COSDictionary recursos, Set<COSBase> vistos, Set<COSDictionary> cambiados) {
        if (recursos == null || !vistos.add(recursos)) {
            return;
        }
        COSDictionary fuentes = recursos.getCOSDictionary(COSName.FONT);
        if (fuentes != null) {
            for (COSName nombre : fuentes.keySet()) {
                COSDictionary fuente = fuentes.getCOSDictionary(nombre);
                if (fuente == null) {
                    continue;
                }
                COSArray descendientes = fuente.getCOSArray(COSName.DESCENDANT_FONTS);
                COSDictionary conDescriptor = descendientes != null
                                && descendientes.size() > 0
                                && descendientes.getObject(0) instanceof COSDictionary cid
                        ? cid
                        : fuente;
                COSDictionary descriptor = conDescriptor.getCOSDictionary(COSName.FONT_DESC);
                if (descriptor != null && descriptor.containsKey(COSName.CID_SET)) {
                    descriptor.removeItem(COSName.CID_SET);
                    cambiados.add(descriptor);
                }
            }
        }
        COSDictionary objetos = recursos.getCOSDictionary(COSName.XOBJECT);
        if (objetos != null) {
            for (COSName nombre : objetos.keySet()) {
                if (objetos.getDictionaryObject(nombre) instanceof COSDictionary objeto
                        && COSName.FORM.equals(objeto.getCOSName(COSName.SUBTYPE))) {
                    quitarCidSet(objeto.getCOSDictionary(COSName.RESOURCES), vistos, cambiados);
                }
            }
        }
    }

    private byte[] cms(InputStream rangoFirmado) throws IOException {
        try {
            X509Certificate certificado = sello.certificado();
            ESSCertIDv2 idCertificado = new ESSCertIDv2(
                    new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    MessageDigest.getInstance("SHA-256").digest(certificado.getEncoded()),
                    new IssuerSerial(
                            new GeneralNames(new GeneralName(X500Name.getInstance(
                                    certificado.getIssuerX500Principal().getEncoded()))),
                            certificado.getSerialNumber()));
            AttributeTable certificadoFirmante = new AttributeTable(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {idCertificado}))));
            DefaultSignedAttributeTableGenerator atributos =
                    new DefaultSignedAttributeTableGenerator(certificadoFirmante);
            SignerInfoGenerator firmante = new JcaSignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(
                            parametros -> atributos.getAttributes(parametros).remove(CMSAttributes.signingTime))
                    .build(new JcaContentSignerBuilder(algoritmo()).build(sello.clave()), certificado);
            CMSSignedDataGenerator generador = new CMSSignedDataGenerator();
            generador.addSignerInfoGenerator(firmante);
            generador.addCertificates(new JcaCertStore(sello.cadena()));
            return generador
                    .generate(new CMSProcessableByteArray(rangoFirmado.readAllBytes()), false)
                    .getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("No se pudo firmar con el sello", e);
        }
    }

    private String algoritmo() {
        return switch (sello.clave().getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            default -> "SHA256withRSA";
        };
    }

    private static String nombreComun(X509Certificate certificado) {
        X500Name nombre =
                X500Name.getInstance(certificado.getSubjectX500Principal().getEncoded());
        RDN[] cn = nombre.getRDNs(BCStyle.CN);
        return cn.length > 0
                ? IETFUtils.valueToString(cn[0].getFirst().getValue())
                : certificado.getSubjectX500Principal().getName();
    }

    /*
     * PDF/A needs an output intent with an ICC profile. The JDK carries sRGB: JasperReports reads it from this
     * context's repository under a name of its own, in front of the usual repositories (which find the fonts).
     */
    private static JasperReportsContext contextoConPerfilSrgb() {
        SimpleJasperReportsContext contexto = new SimpleJasperReportsContext();
        List<RepositoryService> repositorios = new ArrayList<>();
        repositorios.add(new PerfilSrgb());
        repositorios.addAll(contexto.getExtensions(RepositoryService.class));
        contexto.setExtensions(RepositoryService.class, repositorios);
        return contexto;
    }

    private static final class PerfilSrgb implements RepositoryService {

        static final String UBICACION = "casia:perfil-srgb.icc";
        private static final byte[] PERFIL =
                ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

        @Override
        public Resource getResource(String ubicacion) {
            return getResource(ubicacion, InputStreamResource.class);
        }

        @Override
        public <K extends Resource> K getResource(String ubicacion, Class<K> tipo) {
            if (!UBICACION.equals(ubicacion) || !tipo.isAssignableFrom(InputStreamResource.class)) {
                return null;
            }
            InputStreamResource perfil = new InputStreamResource();
            perfil.setInputStream(new ByteArrayInputStream(PERFIL));
            return tipo.cast(perfil);
        }

        @Override
        public void saveResource(String ubicacion, Resource recurso) {
            throw new UnsupportedOperationException("Repositorio de solo lectura");
        }
    }
}
