package es.tgss.casia.caso.complementario;

import es.tgss.casia.error.ErrorDeNegocio;
import java.util.Objects;

/**
 * Código de Cuenta de Cotización: 2 cifras de provincia, 7 de número y 2 de control.
 *
 * <p>Solo se construye mediante {@link #de(String)}: si existe un {@code Ccc}, es válido.
 */
public final class Ccc {

    public static final String CAMPO = "CCC";

    private static final int LONGITUD = 11;
    private static final long DIEZ_MILLONES = 10_000_000L;

    /** Las 11 cifras, sin separadores. */
    private final String valor;

    private Ccc(String valor) {
        this.valor = valor;
    }

    /**
     * Quita espacios, guiones, barras y puntos; no cambia nada más. Útil para mostrar al usuario
     * lo que realmente se va a validar.
     */
    public static String normalizar(String entrada) {
        return Normalizacion.sinSeparadores(entrada);
    }

    /**
     * Valida y construye el CCC.
     *
     * @throws ErrorDeNegocio con campo {@value #CAMPO} si no es válido
     */
    public static Ccc de(String entrada) {
        String cifras = normalizar(entrada);
        if (cifras.isEmpty()) {
            throw invalido("ccc.obligatorio");
        }
        if (!Normalizacion.soloDigitosAscii(cifras)) {
            throw invalido("ccc.soloDigitos");
        }
        if (cifras.length() != LONGITUD) {
            throw invalido("ccc.longitud");
        }
        int provincia = Integer.parseInt(cifras.substring(0, 2));
        if (!ProvinciasTgss.esValida(provincia)) {
            throw invalido("ccc.provincia");
        }
        long numero = Long.parseLong(cifras.substring(2, 9));
        int control = Integer.parseInt(cifras.substring(9, 11));
        if (control != digitosControl(provincia, numero)) {
            throw invalido("ccc.control");
        }
        return new Ccc(cifras);
    }

    /**
     * (provincia * 10^7 + número) mod 97. El número del CCC tiene 7 cifras, así que siempre es
     * menor que 10^7 y la base coincide con "provincia seguida del número". Se calcula en long
     * aunque aquí la base (< 10^9) aún cabría en int: así la regla es idéntica a la del NAF, donde
     * int sí desborda, y nadie la "optimiza" copiándola a int.
     */
    static int digitosControl(int provincia, long numero) {
        return (int) ((provincia * DIEZ_MILLONES + numero) % 97);
    }

    private static ErrorDeNegocio invalido(String clave) {
        return ErrorDeNegocio.enCampo(CAMPO, clave);
    }

    /** Las 11 cifras seguidas, como se envían a los sistemas de la TGSS. */
    public String valor() {
        return valor;
    }

    public int provincia() {
        return Integer.parseInt(valor.substring(0, 2));
    }

    /** Formato habitual de presentación: PP/NNNNNNN/DD. */
    public String formateado() {
        return valor.substring(0, 2) + "/" + valor.substring(2, 9) + "/" + valor.substring(9);
    }

    @Override
    public boolean equals(Object otro) {
        return otro instanceof Ccc ccc && valor.equals(ccc.valor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(valor);
    }

    @Override
    public String toString() {
        return valor;
    }
}
