package es.tgss.casia.web.navegador;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The files the browser tests attach, made on the fly in the test's temporary folder: real PDFs and PNGs (the
 * service checks what a file is, not only its name), so nothing binary has to live in the repository.
 */
final class Ficheros {

    private Ficheros() {}

    /** A PDF of one blank page. */
    static Path pdf(Path carpeta, String nombre) throws IOException {
        Path ruta = carpeta.resolve(nombre);
        try (PDDocument documento = new PDDocument()) {
            documento.addPage(new PDPage());
            documento.save(ruta.toFile());
        }
        return ruta;
    }

    /** A PDF of one page with that line of text, for the tests that read it back. */
    static Path pdf(Path carpeta, String nombre, String texto) throws IOException {
        Path ruta = carpeta.resolve(nombre);
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

    /** A small PNG (a grey rectangle on black). */
    static Path png(Path carpeta, String nombre) throws IOException {
        Path ruta = carpeta.resolve(nombre);
        BufferedImage imagen = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        imagen.getGraphics().fillRect(10, 10, 100, 60);
        ImageIO.write(imagen, "png", ruta.toFile());
        return ruta;
    }

    /** A file one byte over the default 10 MB (sparse: nothing to write). */
    static Path grande(Path carpeta, String nombre) throws IOException {
        Path ruta = carpeta.resolve(nombre);
        try (RandomAccessFile fichero = new RandomAccessFile(ruta.toFile(), "rw")) {
            fichero.setLength(10L * 1024 * 1024 + 1);
        }
        return ruta;
    }
}
