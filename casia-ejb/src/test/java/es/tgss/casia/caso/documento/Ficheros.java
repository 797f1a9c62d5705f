package es.tgss.casia.caso.documento;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Real files of each format, made by real writers (PDFBox, the JDK's image writers, POI for the 97-2003 formats)
 * or, for OOXML and OpenDocument, by the JDK's ZIP writer following each standard's package structure (content
 * types and relationships, {@code mimetype} first and stored), so that no binary file lives in the repository.
 */
public final class Ficheros {

    private Ficheros() {}

    public static byte[] pdf() {
        try (PDDocument documento = new PDDocument();
                ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
            PDPage pagina = new PDPage();
            documento.addPage(pagina);
            try (PDPageContentStream texto = new PDPageContentStream(documento, pagina)) {
                texto.beginText();
                texto.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                texto.newLineAtOffset(72, 700);
                texto.showText("Escritura de constitucion");
                texto.endText();
            }
            documento.save(salida);
            return salida.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] imagen(String formato) {
        BufferedImage imagen = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        imagen.setRGB(1, 1, Color.RED.getRGB());
        ByteArrayOutputStream salida = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(imagen, formato, salida)) {
                throw new IllegalStateException("No writer for " + formato);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return salida.toByteArray();
    }

    /** An Excel 97-2003 workbook written by POI's HSSF. */
    public static byte[] xls() {
        try (HSSFWorkbook libro = new HSSFWorkbook();
                ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
            libro.createSheet("Trabajadores").createRow(0).createCell(0).setCellValue("NAF");
            libro.write(salida);
            return salida.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Word 97-2003 container: an OLE2 file system (POI's writer) with the streams Word writes, WordDocument and
     * 1Table. POI cannot write a Word document from nothing; a detector reads only the container's directory.
     */
    public static byte[] doc() {
        try (POIFSFileSystem ole2 = new POIFSFileSystem();
                ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
            byte[] fib = new byte[1472];
            fib[0] = (byte) 0xEC; // wIdent of a Word document's File Information Block
            fib[1] = (byte) 0xA5;
            ole2.createDocument(new java.io.ByteArrayInputStream(fib), "WordDocument");
            ole2.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "1Table");
            ole2.writeFilesystem(salida);
            return salida.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx() {
        return ooxml(
                "word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t>Escritura</w:t></w:r></w:p></w:body></w:document>");
    }

    public static byte[] xlsx() {
        return ooxml(
                "xl/workbook.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>");
    }

    /** An Office Open XML package (ECMA-376 part 2): content types, the package relationship, the main part. */
    private static byte[] ooxml(String parte, String tipo, String contenido) {
        Map<String, String> entradas = new LinkedHashMap<>();
        entradas.put(
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/" + parte + "\" ContentType=\"" + tipo + "\"/></Types>");
        entradas.put(
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                        + " Target=\"" + parte + "\"/></Relationships>");
        entradas.put(parte, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + contenido);
        return zip(null, entradas);
    }

    /** An OpenDocument package: "mimetype" first and stored, as the standard requires, then its manifest. */
    public static byte[] odf(String tipoMime) {
        Map<String, String> entradas = new LinkedHashMap<>();
        entradas.put(
                "META-INF/manifest.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                        + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + tipoMime + "\"/>"
                        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                        + "</manifest:manifest>");
        entradas.put(
                "content.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" office:version=\"1.2\">"
                        + "<office:body/></office:document-content>");
        return zip(tipoMime, entradas);
    }

    /** A plain ZIP archive, as a user's compressor makes it. */
    public static byte[] zip() {
        return zip(null, Map.of("nomina.exe", "MZ", "datos.txt", "datos"));
    }

    private static byte[] zip(String mimetype, Map<String, String> entradas) {
        ByteArrayOutputStream salida = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(salida)) {
            if (mimetype != null) {
                byte[] mime = mimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry e = new ZipEntry("mimetype");
                e.setMethod(ZipEntry.STORED);
                e.setSize(mime.length);
                CRC32 crc = new CRC32();
                crc.update(mime);
                e.setCrc(crc.getValue());
                zip.putNextEntry(e);
                zip.write(mime);
                zip.closeEntry();
            }
            for (Map.Entry<String, String> entrada : entradas.entrySet()) {
                zip.putNextEntry(new ZipEntry(entrada.getKey()));
                zip.write(entrada.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return salida.toByteArray();
    }

    /** A Windows executable's headers: the DOS stub pointing to a PE header. */
    public static byte[] ejecutable() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80; // e_lfanew: where the PE header starts
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    /** Bytes followed by more bytes: a PDF with a ZIP after it is both, depending on where a reader starts. */
    public static byte[] seguidos(byte[] primero, byte[] segundo) {
        byte[] ambos = java.util.Arrays.copyOf(primero, primero.length + segundo.length);
        System.arraycopy(segundo, 0, ambos, primero.length, segundo.length);
        return ambos;
    }
}
