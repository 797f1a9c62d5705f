package es.tgss.casia.catalogo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The código of a new entry when the supervisor does not type one: V3's style, upper-case ASCII words joined by
 * "_", after the parent's prefix ("CON_REC_" for a categoría of Consultas · Recaudación), cut to the column's length
 * and numbered when taken. Códigos are what other systems and the REST API will name entries by: they never change
 * once given, names may.
 */
final class CodigosDelCatalogo {

    /** What a typed código may contain: V3's codes are all of this shape. */
    static final Pattern FORMA = Pattern.compile("[A-Z0-9]+(_[A-Z0-9]+)*");

    private static final Pattern MARCAS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARADORES = Pattern.compile("[^A-Z0-9]+");

    private CodigosDelCatalogo() {}

    /** The name as a código: "Devolución de cuotas" → "DEVOLUCION_DE_CUOTAS". */
    static String palabras(String nombre) {
        String sinAcentos = MARCAS.matcher(Normalizer.normalize(nombre, Normalizer.Form.NFD))
                .replaceAll("");
        String codigo = SEPARADORES.matcher(sinAcentos.toUpperCase(Locale.ROOT)).replaceAll("_");
        return codigo.replaceAll("^_+|_+$", "");
    }

    /**
     * The first código of the shape prefijo + the name's words (+ "_2", "_3"… if taken) that fits in maximo and that
     * {@code libre} accepts.
     */
    static String generar(String prefijo, String nombre, int maximo, Predicate<String> libre) {
        String palabras = palabras(nombre);
        String base = recortar(prefijo + (palabras.isEmpty() ? "ENTRADA" : palabras), maximo);
        if (libre.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String sufijo = "_" + n;
            String candidato = recortar(base, maximo - sufijo.length()) + sufijo;
            if (libre.test(candidato)) {
                return candidato;
            }
        }
    }

    /** The prefix of V3's codes: its first two words ("CON_REC_DEUDAS" → "CON_REC_"), or none. */
    static String prefijoDe(String codigo) {
        String[] partes = codigo.split("_");
        return partes.length > 2 ? partes[0] + "_" + partes[1] + "_" : "";
    }

    private static String recortar(String codigo, int maximo) {
        String recortado = codigo.length() <= maximo ? codigo : codigo.substring(0, maximo);
        return recortado.replaceAll("_+$", "");
    }
}
