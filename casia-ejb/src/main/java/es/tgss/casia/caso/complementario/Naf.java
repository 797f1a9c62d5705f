package es.tgss.casia.caso.complementario;

import es.tgss.casia.error.ErrorDeNegocio;
import java.util.Objects;

/**
 * Número de Afiliación a la Seguridad Social: 2 cifras de provincia, 8 de número y 2 de control.
 *
 * <p>Solo se construye mediante {@link #de(String)}: si existe un {@code Naf}, es válido.
 *
 * <p>Se exigen 12 cifras. Los NAF antiguos de 11 cifras (número de 7) no se completan solos: el
 * usuario debe escribir el cero de relleno ("28 0xxxxxxx yy"), que es como los muestran hoy los
 * documentos de la TGSS.
 */
public final class Naf {

    public static final String CAMPO = "NAF";

    private static final int LONGITUD = 12;
    private static final long DIEZ_MILLONES = 10_000_000L;
    private static final long CIEN_MILLONES = 100_000_000L;

    /** Las 12 cifras, sin separadores. */
    private final String valor;

    private Naf(String valor) {
        this.valor = valor;
    }

    /** Quita espacios, guiones, barras y puntos; no cambia nada más. */
    public static String normalizar(String entrada) {
        return Normalizacion.sinSeparadores(entrada);
    }

    /**
     * Valida y construye el NAF.
     *
     * @throws ErrorDeNegocio con campo {@value #CAMPO} si no es válido
     */
    public static Naf de(String entrada) {
        String cifras = normalizar(entrada);
        if (cifras.isEmpty()) {
            throw invalido("naf.obligatorio");
        }
        if (!Normalizacion.soloDigitosAscii(cifras)) {
            throw invalido("naf.soloDigitos");
        }
        if (cifras.length() != LONGITUD) {
            throw invalido("naf.longitud");
        }
        int provincia = Integer.parseInt(cifras.substring(0, 2));
        if (!ProvinciasTgss.esValida(provincia)) {
            throw invalido("naf.provincia");
        }
        long numero = Long.parseLong(cifras.substring(2, 10));
        int control = Integer.parseInt(cifras.substring(10, 12));
        if (control != digitosControl(provincia, numero)) {
            throw invalido("naf.control");
        }
        return new Naf(cifras);
    }

    /**
     * Los NAF con número menor de 10^7 proceden del formato antiguo de 7 cifras y su control se
     * calculó sobre provincia * 10^7 + número; los demás, sobre la concatenación provincia+número
     * (provincia * 10^8 + número). Con provincia 22 o mayor esa base pasa de 2^31, por eso long:
     * en int, Valencia (46) o Madrid (28) darían un control erróneo.
     */
    static int digitosControl(int provincia, long numero) {
        long base = numero < DIEZ_MILLONES ? provincia * DIEZ_MILLONES + numero : provincia * CIEN_MILLONES + numero;
        return (int) (base % 97);
    }

    private static ErrorDeNegocio invalido(String clave) {
        return ErrorDeNegocio.enCampo(CAMPO, clave);
    }

    /** Las 12 cifras seguidas, como se envían a los sistemas de la TGSS. */
    public String valor() {
        return valor;
    }

    public int provincia() {
        return Integer.parseInt(valor.substring(0, 2));
    }

    /** Formato habitual de presentación: PP/NNNNNNNN/DD. */
    public String formateado() {
        return valor.substring(0, 2) + "/" + valor.substring(2, 10) + "/" + valor.substring(10);
    }

    @Override
    public boolean equals(Object otro) {
        return otro instanceof Naf naf && valor.equals(naf.valor);
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
