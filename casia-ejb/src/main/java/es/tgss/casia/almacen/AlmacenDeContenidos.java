package es.tgss.casia.almacen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Contents written once and read back unchanged. Which store is used is configuration ({@code CASIA_DOC_STORAGE});
 * the caller keeps the {@link ContenidoGuardado} in its own table. A store joins the caller's transaction as far as
 * it can: the PostgreSQL one writes in it (a rollback leaves nothing), the folder one deletes its file when the
 * transaction rolls back. Nothing here updates or deletes a stored content: the database refuses it too.
 */
public interface AlmacenDeContenidos {

    /**
     * Stores the bytes of the stream, which must be {@code tamano} bytes whose SHA-256 is {@code huellaSha256} (what
     * the receiver computed): a stream that differs is refused with an {@link IllegalArgumentException} and
     * nothing is kept. The stream is read in pieces, never whole, and not closed.
     */
    ContenidoGuardado guardar(InputStream datos, String huellaSha256, long tamano);

    /** Stores the bytes of a file (a received upload). */
    default ContenidoGuardado guardar(Path fichero, String huellaSha256, long tamano) {
        try (InputStream datos = Files.newInputStream(fichero)) {
            return guardar(datos, huellaSha256, tamano);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer " + fichero, e);
        }
    }

    /** Stores a content CASIA made itself (a justificante PDF), taking its SHA-256. */
    default ContenidoGuardado guardar(byte[] datos) {
        return guardar(new ByteArrayInputStream(datos), FlujoVerificado.huella(datos), datos.length);
    }

    /**
     * Reads a content back in pieces. The stream checks size and SHA-256 against {@code contenido} as it goes and
     * holds back its last piece until the check passed: when the stored bytes were altered, reading ends with a
     * {@link ContenidoAlterado} before the last piece, so no reader ever gets the whole of altered bytes.
     *
     * @throws ContenidoAlterado when the content is missing
     */
    InputStream abrir(ContenidoGuardado contenido) throws IOException;
}
