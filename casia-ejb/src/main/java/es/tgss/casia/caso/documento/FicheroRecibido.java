package es.tgss.casia.caso.documento;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file as it arrived, in a temporary file of its own under {@code java.io.tmpdir} (the data folder when CASIA is
 * started by its launcher), with its size and SHA-256 taken while it was copied. Reading stops as soon as the limit
 * is passed: a client sending a gigabyte costs the server the limit plus one buffer, and the file is then
 * {@link #excedido()} and already deleted. Whoever receives it closes it, which deletes the temporary file whatever
 * happened to the document (stored, refused, rolled back): the store keeps its own copy.
 */
public final class FicheroRecibido implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Path ruta;
    private final long tamano;
    private final String huella;
    private final boolean excedido;

    private FicheroRecibido(Path ruta, long tamano, String huella, boolean excedido) {
        this.ruta = ruta;
        this.tamano = tamano;
        this.huella = huella;
        this.excedido = excedido;
    }

    /**
     * Copies the stream to a temporary file, reading no more than {@code maxBytes + 1} bytes (plus at most one
     * buffer, which the stream may already have filled). The stream is not closed: it is the caller's.
     */
    public static FicheroRecibido recibir(InputStream entrada, long maxBytes) {
        Path ruta = null;
        try {
            ruta = Files.createTempFile("casia-documento-", ".recibido");
            MessageDigest sha256 = sha256();
            long total = 0;
            try (var salida = Files.newOutputStream(ruta)) {
                byte[] buffer = new byte[BUFFER];
                int leidos;
                while ((leidos = entrada.read(buffer, 0, (int) Math.min(BUFFER, maxBytes + 1 - total))) > 0) {
                    total += leidos;
                    if (total > maxBytes) {
                        break;
                    }
                    sha256.update(buffer, 0, leidos);
                    salida.write(buffer, 0, leidos);
                }
            }
            if (total > maxBytes) {
                Files.deleteIfExists(ruta);
                return new FicheroRecibido(null, total, null, true);
            }
            return new FicheroRecibido(ruta, total, HexFormat.of().formatHex(sha256.digest()), false);
        } catch (IOException e) {
            borrar(ruta);
            throw new UncheckedIOException("No se pudo recibir el fichero", e);
        } catch (RuntimeException e) {
            borrar(ruta);
            throw e;
        }
    }

    /** A received file with these bytes and no limit: for tests and for documents CASIA makes itself. */
    public static FicheroRecibido de(byte[] datos) {
        return recibir(new ByteArrayInputStream(datos), Long.MAX_VALUE - 1);
    }

    /** The temporary file; only when not {@link #excedido()}. */
    public Path ruta() {
        if (excedido) {
            throw new IllegalStateException("Un fichero que pasó del límite no se guarda");
        }
        return ruta;
    }

    /** Its size, or, when {@link #excedido()}, the bytes read before giving up (more than the limit). */
    public long tamano() {
        return tamano;
    }

    /** SHA-256 in hex of what arrived. */
    public String huella() {
        return huella;
    }

    /** More bytes than the limit were sent: nothing was kept. */
    public boolean excedido() {
        return excedido;
    }

    /** Its bytes as a stream, for the store (which keeps its own copy). */
    public InputStream abrir() throws IOException {
        return Files.newInputStream(ruta());
    }

    /** Deletes the temporary file; safe to call twice. */
    @Override
    public void close() {
        borrar(ruta);
    }

    @Override
    public String toString() {
        return "FicheroRecibido[" + tamano + " bytes" + (excedido ? ", excedido" : "") + "]";
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static void borrar(Path ruta) {
        if (ruta != null) {
            try {
                Files.deleteIfExists(ruta);
            } catch (IOException e) {
                throw new UncheckedIOException("No se pudo borrar el fichero temporal " + ruta, e);
            }
        }
    }
}
