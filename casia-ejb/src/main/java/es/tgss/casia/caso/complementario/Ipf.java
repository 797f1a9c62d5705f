package es.tgss.casia.caso.complementario;

import es.tgss.casia.error.ErrorDeNegocio;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identificador de Persona Física junto con su tipo.
 *
 * <p>Formas admitidas (tras quitar espacios, guiones, barras y puntos y pasar a mayúsculas):
 * <ul>
 *   <li>DNI: de 1 a 10 cifras y la letra. Se admiten menos de 8 cifras porque hay DNI antiguos
 *       que se escriben sin ceros a la izquierda, y hasta 10 porque la TGSS guarda el número del
 *       DNI en 10 posiciones rellenas con ceros ("0012345678Z"); las cifras que sobren de 8 deben
 *       ser ceros. Forma canónica: 8 cifras y letra.</li>
 *   <li>NIE: X, Y o Z, 7 cifras y la letra. Se admite también la forma de la TGSS en 10
 *       posiciones, que empieza por "0X"/"0Y"/"0Z" y lleva 8 cifras ("0X01234567L"), siempre que
 *       la cifra sobrante sea un cero. Forma canónica: X1234567L.</li>
 *   <li>Pasaporte: de 1 a 14 letras (A-Z) o cifras; no tiene control.</li>
 * </ul>
 */
public final class Ipf {

    public static final String CAMPO = "IPF";

    private static final String LETRAS_CONTROL = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final int CIFRAS_DNI = 8;
    private static final int POSICIONES_TGSS = 10;
    private static final int MAX_PASAPORTE = 14;

    private static final Pattern DNI = Pattern.compile("(\\d{1,10})([A-Z])");
    private static final Pattern NIE = Pattern.compile("(0*)([XYZ])(\\d{7,8})([A-Z])");
    private static final Pattern PASAPORTE = Pattern.compile("[A-Z0-9]+");

    private final TipoIpf tipo;
    /** Forma canónica según el tipo. */
    private final String valor;

    private Ipf(TipoIpf tipo, String valor) {
        this.tipo = tipo;
        this.valor = valor;
    }

    /**
     * Quita espacios, guiones, barras y puntos y pasa a mayúsculas ({@link Locale#ROOT}, para que
     * una "i" no se convierta en la "İ" turca según la configuración del servidor).
     */
    public static String normalizar(String entrada) {
        return Normalizacion.sinSeparadores(entrada).toUpperCase(Locale.ROOT);
    }

    /** Atajo para cuando el tipo llega como código de la TGSS desde la pantalla. */
    public static Ipf de(String codigoTipo, String entrada) {
        return de(TipoIpf.deCodigo(codigoTipo), entrada);
    }

    /**
     * Valida y construye el IPF.
     *
     * @throws ErrorDeNegocio con campo "Tipo de IPF" si falta el tipo, o
     *     {@value #CAMPO} si el identificador no es válido para ese tipo
     */
    public static Ipf de(TipoIpf tipo, String entrada) {
        if (tipo == null) {
            throw ErrorDeNegocio.enCampo(TipoIpf.CAMPO, "ipf.tipo.obligatorio");
        }
        String limpio = normalizar(entrada);
        if (limpio.isEmpty()) {
            throw invalido("ipf.obligatorio");
        }
        return switch (tipo) {
            case DNI -> new Ipf(tipo, dni(limpio));
            case NIE -> new Ipf(tipo, nie(limpio));
            case PASAPORTE -> new Ipf(tipo, pasaporte(limpio));
        };
    }

    private static String dni(String limpio) {
        Matcher m = DNI.matcher(limpio);
        if (!m.matches()) {
            throw invalido("ipf.dni.formato");
        }
        String cifras = m.group(1);
        if (cifras.length() > CIFRAS_DNI && !soloCeros(cifras.substring(0, cifras.length() - CIFRAS_DNI))) {
            throw invalido("ipf.dni.formato");
        }
        long numero = Long.parseLong(cifras);
        char letra = m.group(2).charAt(0);
        if (letra != letraControl(numero)) {
            throw invalido("ipf.dni.letra");
        }
        return String.format("%08d%c", numero, letra);
    }

    private static String nie(String limpio) {
        Matcher m = NIE.matcher(limpio);
        // Más de 10 posiciones antes de la letra no cabe ni en la forma de la TGSS.
        if (!m.matches() || limpio.length() > POSICIONES_TGSS + 1) {
            throw invalido("ipf.nie.formato");
        }
        String cifras = m.group(3);
        if (cifras.length() == 8 && cifras.charAt(0) != '0') {
            throw invalido("ipf.nie.formato");
        }
        String siete = cifras.substring(cifras.length() - 7);
        char inicial = m.group(2).charAt(0);
        // X, Y, Z valen 0, 1, 2 y ocupan la cifra de las decenas de millón.
        long numero = (inicial - 'X') * 10_000_000L + Long.parseLong(siete);
        char letra = m.group(4).charAt(0);
        if (letra != letraControl(numero)) {
            throw invalido("ipf.nie.letra");
        }
        return "" + inicial + siete + letra;
    }

    private static String pasaporte(String limpio) {
        if (!PASAPORTE.matcher(limpio).matches()) {
            throw invalido("ipf.pasaporte.caracteres");
        }
        if (limpio.length() > MAX_PASAPORTE) {
            throw invalido("ipf.pasaporte.longitud");
        }
        return limpio;
    }

    static char letraControl(long numero) {
        return LETRAS_CONTROL.charAt((int) (numero % 23));
    }

    private static boolean soloCeros(String s) {
        return s.chars().allMatch(c -> c == '0');
    }

    private static ErrorDeNegocio invalido(String clave) {
        return ErrorDeNegocio.enCampo(CAMPO, clave);
    }

    public TipoIpf tipo() {
        return tipo;
    }

    /** Forma canónica: DNI "12345678Z", NIE "X1234567L", pasaporte en mayúsculas. */
    public String valor() {
        return valor;
    }

    @Override
    public boolean equals(Object otro) {
        return otro instanceof Ipf ipf && tipo == ipf.tipo && valor.equals(ipf.valor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tipo, valor);
    }

    @Override
    public String toString() {
        return tipo.codigo() + " " + valor;
    }
}
