package es.tgss.casia.caso.documento;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.microsoft.POIFSContainerDetector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Recognises the format of a received file by its content with Apache Tika: magic numbers (tika-core), then the
 * inner parts of a ZIP (OpenDocument's {@code mimetype}, OOXML's content types) or of an OLE2 container (a
 * {@code WordDocument} or {@code Workbook} stream). The file name is never given to Tika, so a name cannot make a
 * type; {@link ValidacionDocumentos} compares the name with what the content is. Tika reads the file's head, and
 * for a container its directory (central directory of a ZIP, the OLE2 directory), through the file itself: the
 * document is never read whole into memory.
 */
public final class DetectorDeFormato {

    /**
     * Built once: loading Tika's type registry costs tens of milliseconds. The detectors are listed instead of
     * being found by Tika's service loading, so that no parser of the Microsoft module is ever instantiated.
     */
    private static final Detector DETECTOR = new CompositeDetector(
            MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry(),
            List.of(MimeTypes.getDefaultMimeTypes(), new DefaultZipContainerDetector(), new POIFSContainerDetector()));

    /** A ZIP's end-of-central-directory record: with its comment, it is within the last 65,557 bytes. */
    private static final int FIRMA_FIN_ZIP = 0x06054b50;

    private static final int COLA_ZIP = 22 + 65_535;

    private DetectorDeFormato() {}

    /** What the content is; {@link Resultado#formato()} is empty when CASIA does not accept it. */
    public static Resultado reconocer(Path fichero) {
        try {
            MediaType tipo;
            try (TikaInputStream entrada = TikaInputStream.get(fichero)) {
                tipo = DETECTOR.detect(entrada, new Metadata());
            }
            Optional<Formato> formato = Formato.deTipoMime(tipo.getBaseType().toString());
            boolean dentroDeZip = formato.map(DetectorDeFormato::esZip).orElse(false);
            if (formato.isPresent() && !dentroDeZip && terminaEnZip(fichero)) {
                return new Resultado(formato, tipo.getBaseType().toString(), true);
            }
            return new Resultado(formato, tipo.getBaseType().toString(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer el fichero recibido " + fichero, e);
        }
    }

    /**
     * @param tipoDetectado the media type Tika gave (for the log), even when not accepted
     * @param poliglota     the file is also a ZIP archive: readers that start at its end find an archive, readers
     *                      that start at its head find the accepted format (a PDF header on a ZIP)
     */
    public record Resultado(Optional<Formato> formato, String tipoDetectado, boolean poliglota) {}

    private static boolean esZip(Formato f) {
        return f == Formato.DOCX || f == Formato.XLSX || f == Formato.ODT || f == Formato.ODS;
    }

    /**
     * A ZIP is read from its end, so any file can carry one after its own content. A format that is not itself a
     * ZIP must not have a ZIP's end record in its last 64 KiB (a random match of the 4 bytes is about 1 in 65,000
     * for a compressed file that reaches the limit, an acceptable refusal to be safe).
     */
    private static boolean terminaEnZip(Path fichero) throws IOException {
        try (FileChannel canal = FileChannel.open(fichero, StandardOpenOption.READ)) {
            long tamano = canal.size();
            int largo = (int) Math.min(tamano, COLA_ZIP);
            ByteBuffer cola = ByteBuffer.allocate(largo);
            long desde = tamano - largo;
            int n = 0;
            while (cola.hasRemaining() && n >= 0) {
                n = canal.read(cola, desde + cola.position());
            }
            cola.flip().order(ByteOrder.LITTLE_ENDIAN);
            for (int i = cola.limit() - 22; i >= 0; i--) {
                if (cola.getInt(i) == FIRMA_FIN_ZIP) {
                    return true;
                }
            }
            return false;
        }
    }
}
