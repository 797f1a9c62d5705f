package es.tgss.casia.almacen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * Contents in PostgreSQL, cut into pieces of {@value #TROZO} bytes, one {@code bytea} row each
 * ({@code contenido_trozo}, migration V9). Why pieces in a table rather than large objects or one {@code bytea}:
 * <ul>
 *   <li>PgJDBC reads a whole {@code bytea} value into memory even through {@code getBinaryStream}, so one value per
 *       document would hold the document (twice, as hex text and as bytes) in the heap of every download; a piece
 *       bounds that to about three times {@value #TROZO} bytes whatever the document's size.
 *   <li>Large objects would stream too, but they live in {@code pg_largeobject}, which no ordinary trigger
 *       protects (its owner can {@code lo_put} or {@code lo_unlink} at will), they need the driver's own connection
 *       (unwrapped from the pool) and a transaction even to read, and an unreferenced one stays until
 *       {@code vacuumlo}. Rows of a table are ordinary data: the immutability trigger of V9 covers them, they take
 *       part in the caller's transaction, and {@code pg_dump} and replication treat them like the rest.
 * </ul>
 * Writing joins the caller's JTA transaction (the {@code jdbc/casia} connection of the transaction); reading takes a
 * connection for each piece, so that a slow client never keeps a connection or a transaction open between pieces:
 * the pieces cannot change in between (V9's trigger).
 */
public final class AlmacenPostgresql implements AlmacenDeContenidos {

    static final int TROZO = 128 * 1024;
    static final String PREFIJO = "postgresql:";

    private final DataSource baseDeDatos;

    public AlmacenPostgresql(DataSource baseDeDatos) {
        this.baseDeDatos = baseDeDatos;
    }

    @Override
    public ContenidoGuardado guardar(InputStream datos, String huellaSha256, long tamano) {
        try (Connection c = baseDeDatos.getConnection()) {
            long id;
            try (PreparedStatement s =
                    c.prepareStatement("insert into contenido (tamano, huella_sha256) values (?, ?) returning id")) {
                s.setLong(1, tamano);
                s.setString(2, huellaSha256);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
            }
            MessageDigest sha256 = FlujoVerificado.sha256();
            long total = 0;
            try (PreparedStatement s =
                    c.prepareStatement("insert into contenido_trozo (contenido_id, numero, datos) values (?, ?, ?)")) {
                byte[] trozo = new byte[TROZO];
                int numero = 0;
                int n;
                while ((n = datos.readNBytes(trozo, 0, TROZO)) > 0) {
                    total += n;
                    sha256.update(trozo, 0, n);
                    s.setLong(1, id);
                    s.setInt(2, numero++);
                    s.setBytes(3, n == TROZO ? trozo : Arrays.copyOf(trozo, n));
                    s.executeUpdate();
                }
            }
            comprobarRecibido(huellaSha256, tamano, HexFormat.of().formatHex(sha256.digest()), total);
            return new ContenidoGuardado(PREFIJO + id, huellaSha256, tamano);
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo guardar el contenido en PostgreSQL", e);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer el contenido que se guardaba", e);
        }
    }

    /**
     * What was read must be what the receiver announced; a difference throws, and the caller's transaction (which
     * the exception rolls back) takes the pieces already written with it.
     */
    static void comprobarRecibido(String huellaEsperada, long tamanoEsperado, String huella, long tamano) {
        if (tamano != tamanoEsperado || !huella.equals(huellaEsperada)) {
            throw new IllegalArgumentException("El contenido no es el recibido: " + tamano + " bytes con huella "
                    + huella + ", se anunciaron " + tamanoEsperado + " con " + huellaEsperada);
        }
    }

    @Override
    public InputStream abrir(ContenidoGuardado contenido) throws IOException {
        if (!contenido.referencia().startsWith(PREFIJO)) {
            throw new IllegalArgumentException("No es un contenido de PostgreSQL: " + contenido.referencia());
        }
        long id = Long.parseLong(contenido.referencia().substring(PREFIJO.length()));
        return new FlujoVerificado(new Trozos(id), contenido);
    }

    /** The pieces of one content in order, each read by its own statement; the store keeps one at a time. */
    private final class Trozos extends InputStream {

        private final long id;
        private int numero;
        private byte[] trozo = new byte[0];
        private int posicion;
        private boolean fin;

        Trozos(long id) {
            this.id = id;
        }

        @Override
        public int read() throws IOException {
            return hay() ? trozo[posicion++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] destino, int desde, int largo) throws IOException {
            if (largo == 0) {
                return 0;
            }
            if (!hay()) {
                return -1;
            }
            int n = Math.min(largo, trozo.length - posicion);
            System.arraycopy(trozo, posicion, destino, desde, n);
            posicion += n;
            return n;
        }

        private boolean hay() throws IOException {
            while (posicion == trozo.length && !fin) {
                trozo = siguiente();
                posicion = 0;
                fin = trozo == null;
                if (fin) {
                    trozo = new byte[0];
                }
            }
            return posicion < trozo.length;
        }

        private byte[] siguiente() throws IOException {
            try (Connection c = baseDeDatos.getConnection();
                    PreparedStatement s = c.prepareStatement(
                            "select datos from contenido_trozo where contenido_id = ? and numero = ?")) {
                s.setLong(1, id);
                s.setInt(2, numero++);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getBytes(1) : null;
                }
            } catch (SQLException e) {
                throw new IOException("No se pudo leer el contenido " + PREFIJO + id, e);
            }
        }
    }
}
