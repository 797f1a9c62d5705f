package es.tgss.casia.caso;

import static es.tgss.casia.prueba.Actores.ANA_3;
import static es.tgss.casia.prueba.Casos.consulta;
import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.caso.documento.DetectorDeFormato;
import es.tgss.casia.caso.documento.FicheroRecibido;
import es.tgss.casia.caso.documento.Formato;
import es.tgss.casia.caso.documento.NuevoDocumento;
import es.tgss.casia.caso.vista.DocumentoVisible;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.prueba.Actores;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tika inside Payara: the server ships libraries of its own, and the detectors load their parts through the
 * application's class loader, so each accepted format is recognised here too, from files written by real writers
 * (POI for Office, the JDK for images and ZIP), and an alta with all of them stores each with its format.
 */
@ExtendWith(ArquillianExtension.class)
class FormatosEnElServidorIT {

    @Inject
    private CasoService casos;

    @Inject
    private VistaDeCasos vista;

    @Inject
    private Actores actores;

    private static byte[] imagen(String formato) throws IOException {
        ByteArrayOutputStream salida = new ByteArrayOutputStream();
        assertThat(ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), formato, salida))
                .isTrue();
        return salida.toByteArray();
    }

    private static byte[] xls() throws IOException {
        try (HSSFWorkbook libro = new HSSFWorkbook();
                ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
            libro.createSheet("Hoja").createRow(0).createCell(0).setCellValue("NAF");
            libro.write(salida);
            return salida.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook libro = new XSSFWorkbook();
                ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
            libro.createSheet("Hoja").createRow(0).createCell(0).setCellValue("NAF");
            libro.write(salida);
            return salida.toByteArray();
        }
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument documento = new XWPFDocument();
                ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
            documento.createParagraph().createRun().setText("Escritura de constitución");
            documento.write(salida);
            return salida.toByteArray();
        }
    }

    /** An OLE2 container with Word's streams (POI cannot write a Word document from nothing). */
    private static byte[] doc() throws IOException {
        try (POIFSFileSystem ole2 = new POIFSFileSystem();
                ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
            byte[] fib = new byte[1472];
            fib[0] = (byte) 0xEC;
            fib[1] = (byte) 0xA5;
            ole2.createDocument(new ByteArrayInputStream(fib), "WordDocument");
            ole2.createDocument(new ByteArrayInputStream(new byte[512]), "1Table");
            ole2.writeFilesystem(salida);
            return salida.toByteArray();
        }
    }

    private static byte[] odf(String tipoMime) throws IOException {
        ByteArrayOutputStream salida = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(salida)) {
            byte[] mime = tipoMime.getBytes(StandardCharsets.US_ASCII);
            ZipEntry primera = new ZipEntry("mimetype");
            primera.setMethod(ZipEntry.STORED);
            primera.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            primera.setCrc(crc.getValue());
            zip.putNextEntry(primera);
            zip.write(mime);
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + tipoMime
                            + "\"/></manifest:manifest>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        return salida.toByteArray();
    }

    private static Map<String, byte[]> ficheros() throws IOException {
        Map<String, byte[]> f = new LinkedHashMap<>();
        f.put(
                "escritura.pdf",
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                        .getBytes(StandardCharsets.US_ASCII));
        f.put("foto.jpg", imagen("jpeg"));
        f.put("captura.png", imagen("png"));
        f.put("logo.gif", imagen("gif"));
        f.put("escaneo.tif", imagen("tiff"));
        f.put("carta.doc", doc());
        f.put("carta.docx", docx());
        f.put("plantilla.xls", xls());
        f.put("plantilla.xlsx", xlsx());
        f.put("carta.odt", odf("application/vnd.oasis.opendocument.text"));
        f.put("plantilla.ods", odf("application/vnd.oasis.opendocument.spreadsheet"));
        f.put("error.txt", "Error 0x80090016 al firmar; NAF 281234567840.\n".getBytes(StandardCharsets.UTF_8));
        return f;
    }

    @Test
    void cadaFormatoAdmitidoSeReconoceYSeGuardaConSuFormato() throws IOException {
        Map<String, byte[]> ficheros = ficheros();
        List<Formato> esperados = List.of(
                Formato.PDF,
                Formato.JPEG,
                Formato.PNG,
                Formato.GIF,
                Formato.TIFF,
                Formato.DOC,
                Formato.DOCX,
                Formato.XLS,
                Formato.XLSX,
                Formato.ODT,
                Formato.ODS,
                Formato.TEXTO);
        List<FicheroRecibido> recibidos = new java.util.ArrayList<>();
        try {
            NuevoCaso.Builder alta = consulta("Todos los formatos");
            for (Map.Entry<String, byte[]> f : ficheros.entrySet()) {
                FicheroRecibido recibido = FicheroRecibido.de(f.getValue());
                recibidos.add(recibido);
                assertThat(DetectorDeFormato.reconocer(recibido.ruta()).formato())
                        .as(f.getKey())
                        .contains(esperados.get(recibidos.size() - 1));
                alta.documento(new NuevoDocumento("OTROS", f.getKey(), f.getKey(), recibido));
            }
            actores.entrar(ANA_3);
            Caso caso = casos.finalizarAlta(alta.crear());

            assertThat(vista.detalle(caso.getNumero()).documentos())
                    .extracting(DocumentoVisible::formato)
                    .containsExactlyElementsOf(esperados);
        } finally {
            recibidos.forEach(FicheroRecibido::close);
        }
    }
}
