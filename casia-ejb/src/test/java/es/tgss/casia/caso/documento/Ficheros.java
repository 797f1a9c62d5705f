package es.tgss.casia.caso.documento;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Real files of each format, made by the JDK's own writers (images, ZIP) rather than by copying magic numbers. */
final class Ficheros {

    private Ficheros() {}

    static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] imagen(String formato) {
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

    /** An Office Open XML package with the parts that name its kind, compressed as Office does. */
    static byte[] ooxml(String parte) {
        return zip(false, null, "[Content_Types].xml", "_rels/.rels", parte, "docProps/app.xml");
    }

    /** An OpenDocument package: "mimetype" first and stored, as the standard requires. */
    static byte[] odf(String tipoMime) {
        return zip(true, tipoMime, "content.xml", "META-INF/manifest.xml");
    }

    static byte[] zip(boolean mimetypePrimero, String tipoMime, String... entradas) {
        ByteArrayOutputStream salida = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(salida)) {
            if (mimetypePrimero) {
                byte[] mime = tipoMime.getBytes(StandardCharsets.US_ASCII);
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
            for (String nombre : entradas) {
                zip.putNextEntry(new ZipEntry(nombre));
                zip.write(("<x>" + nombre + "</x>").repeat(20).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return salida.toByteArray();
    }
}
