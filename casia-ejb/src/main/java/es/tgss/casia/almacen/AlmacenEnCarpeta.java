package es.tgss.casia.almacen;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Contents as files of a folder ({@code CASIA_DOC_DIR}), meant for a volume every instance of a cluster mounts.
 * Each content is written to a temporary name in its final folder, flushed to disk, made read-only and then
 * renamed atomically to a name no other content has (a random UUID), so a reader sees a whole file or none and a
 * name is never written twice. What keeps the files unchanged afterwards is outside Java: they are read-only
 * (0440) and CASIA never opens one for writing; the folder should belong to CASIA's user only, and, where the
 * volume allows it, be append-only or snapshotted. The SHA-256 check on every read is what catches the rest.
 */
public final class AlmacenEnCarpeta implements AlmacenDeContenidos {

    static final String PREFIJO = "carpeta:";
    private static final Logger LOG = Logger.getLogger(AlmacenEnCarpeta.class.getName());

    private final Path carpeta;
    private final TransactionSynchronizationRegistry transacciones;

    /** @param transacciones the container's, so that a rolled-back transaction leaves no file; null outside it */
    public AlmacenEnCarpeta(Path carpeta, TransactionSynchronizationRegistry transacciones) {
        this.carpeta = carpeta.toAbsolutePath().normalize();
        this.transacciones = transacciones;
    }

    @Override
    public ContenidoGuardado guardar(InputStream datos, String huellaSha256, long tamano) {
        String nombre = UUID.randomUUID().toString();
        // Two levels of 256 folders keep any one folder small with millions of documents.
        String relativa = nombre.substring(0, 2) + "/" + nombre.substring(2, 4) + "/" + nombre;
        Path destino = carpeta.resolve(relativa);
        Path temporal = destino.resolveSibling("." + nombre + ".escribiendo");
        try {
            Files.createDirectories(destino.getParent());
            MessageDigest sha256 = FlujoVerificado.sha256();
            long total = 0;
            try (OutputStream salida = Files.newOutputStream(temporal, StandardOpenOption.CREATE_NEW)) {
                byte[] buffer = new byte[FlujoVerificado.PIEZA];
                int n;
                while ((n = datos.read(buffer)) > 0) {
                    total += n;
                    sha256.update(buffer, 0, n);
                    salida.write(buffer, 0, n);
                }
            }
            AlmacenPostgresql.comprobarRecibido(
                    huellaSha256, tamano, HexFormat.of().formatHex(sha256.digest()), total);
            try (FileChannel canal = FileChannel.open(temporal, StandardOpenOption.WRITE)) {
                canal.force(true);
            }
            Files.setPosixFilePermissions(temporal, PosixFilePermissions.fromString("r--r-----"));
            if (Files.exists(destino)) {
                throw new FileAlreadyExistsException(destino.toString());
            }
            Files.move(temporal, destino, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            borrar(temporal);
            throw new UncheckedIOException("No se pudo guardar el contenido en " + carpeta, e);
        } catch (RuntimeException e) {
            borrar(temporal);
            throw e;
        }
        borrarSiSeDeshace(destino);
        return new ContenidoGuardado(PREFIJO + relativa, huellaSha256, tamano);
    }

    @Override
    public InputStream abrir(ContenidoGuardado contenido) throws IOException {
        String referencia = contenido.referencia();
        if (!referencia.startsWith(PREFIJO)) {
            throw new IllegalArgumentException("No es un contenido de carpeta: " + referencia);
        }
        Path fichero = carpeta.resolve(referencia.substring(PREFIJO.length())).normalize();
        if (!fichero.startsWith(carpeta)) {
            throw new IllegalArgumentException("Referencia fuera de la carpeta: " + referencia);
        }
        try {
            return new FlujoVerificado(Files.newInputStream(fichero), contenido);
        } catch (NoSuchFileException | AccessDeniedException e) {
            LOG.log(Level.SEVERE, "Falta el contenido " + referencia + " en " + carpeta, e);
            throw new ContenidoAlterado("Falta el contenido " + referencia);
        }
    }

    /** A content whose transaction rolls back is referenced by nothing: it goes with the transaction. */
    private void borrarSiSeDeshace(Path fichero) {
        if (transacciones == null || transacciones.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        transacciones.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int estado) {
                if (estado != Status.STATUS_COMMITTED) {
                    borrar(fichero);
                }
            }
        });
    }

    private static void borrar(Path fichero) {
        try {
            Files.deleteIfExists(fichero);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "No se pudo borrar " + fichero, e);
        }
    }
}
