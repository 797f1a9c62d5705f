package es.tgss.casia.almacen;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bytes of a stored content as they are read, checked against its size and SHA-256. It reads one piece ahead
 * and gives a piece out only once the next one was read, so the last piece leaves only after the whole content
 * was checked: a reader of altered bytes gets a {@link ContenidoAlterado} and at least one piece less than the
 * size, never a complete copy (a download with a Content-Length then ends short, which every client reports as
 * failed). Two pieces of {@value #PIEZA} bytes are all it holds.
 */
public final class FlujoVerificado extends InputStream {

    static final int PIEZA = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(FlujoVerificado.class.getName());

    private final InputStream origen;
    private final ContenidoGuardado esperado;
    private final MessageDigest sha256 = sha256();
    private byte[] actual = new byte[PIEZA];
    private int posicion;
    private int limite;
    private byte[] siguiente = new byte[PIEZA];
    private int limiteSiguiente;
    private long leidos;
    private boolean terminado;

    FlujoVerificado(InputStream origen, ContenidoGuardado esperado) throws IOException {
        this.origen = origen;
        this.esperado = esperado;
        limiteSiguiente = leerPieza(siguiente);
        if (limiteSiguiente == 0) {
            comprobar();
            terminado = true;
        }
    }

    @Override
    public int read() throws IOException {
        if (!haySiguiente()) {
            return -1;
        }
        return actual[posicion++] & 0xFF;
    }

    @Override
    public int read(byte[] destino, int desde, int largo) throws IOException {
        if (largo == 0) {
            return 0;
        }
        if (!haySiguiente()) {
            return -1;
        }
        int n = Math.min(largo, limite - posicion);
        System.arraycopy(actual, posicion, destino, desde, n);
        posicion += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        origen.close();
    }

    private boolean haySiguiente() throws IOException {
        if (posicion < limite) {
            return true;
        }
        if (terminado || limiteSiguiente == 0) {
            return false;
        }
        byte[] hecho = actual;
        actual = siguiente;
        limite = limiteSiguiente;
        posicion = 0;
        siguiente = hecho;
        limiteSiguiente = leerPieza(siguiente);
        if (limiteSiguiente == 0) {
            comprobar();
            terminado = true;
        }
        return true;
    }

    private int leerPieza(byte[] pieza) throws IOException {
        int n = origen.readNBytes(pieza, 0, pieza.length);
        leidos += n;
        if (leidos > esperado.tamano()) {
            throw alterado("tiene más bytes de los " + esperado.tamano() + " guardados");
        }
        sha256.update(pieza, 0, n);
        return n;
    }

    private void comprobar() throws ContenidoAlterado {
        if (leidos != esperado.tamano()) {
            throw alterado("tiene " + leidos + " bytes y se guardaron " + esperado.tamano());
        }
        String huella = HexFormat.of().formatHex(sha256.digest());
        if (!huella.equals(esperado.huellaSha256())) {
            throw alterado("tiene la huella SHA-256 " + huella + " y se guardó con " + esperado.huellaSha256());
        }
    }

    private ContenidoAlterado alterado(String que) {
        String mensaje = "El contenido " + esperado.referencia() + " " + que + ": no se entrega";
        LOG.log(Level.SEVERE, mensaje);
        return new ContenidoAlterado(mensaje);
    }

    /** SHA-256 in hex: what proves later that a stored content is the one received. */
    public static String huella(byte[] datos) {
        return HexFormat.of().formatHex(sha256().digest(datos));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
