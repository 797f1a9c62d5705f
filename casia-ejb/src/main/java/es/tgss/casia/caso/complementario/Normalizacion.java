package es.tgss.casia.caso.complementario;

/** Limpieza común de lo que teclea el usuario antes de validar. */
final class Normalizacion {

    private Normalizacion() {}

    /**
     * Quita espacios (también el espacio duro que llega al copiar de un PDF o una hoja de cálculo),
     * guiones, barras y puntos. Los usuarios copian el CCC y el NAF como "28/1234567/42" o
     * "28 12345678 40" y el DNI como "12.345.678-Z": esos separadores no aportan nada y rechazarlos
     * solo generaría errores inútiles. Cualquier otro carácter se conserva para que la validación lo
     * rechace con un mensaje claro en lugar de "arreglarlo" en silencio.
     *
     * @return la cadena sin separadores; {@code ""} si la entrada es {@code null}
     */
    static String sinSeparadores(String entrada) {
        if (entrada == null) {
            return "";
        }
        StringBuilder limpio = new StringBuilder(entrada.length());
        entrada.codePoints().filter(cp -> !esSeparador(cp)).forEach(limpio::appendCodePoint);
        return limpio.toString();
    }

    /** Solo quita espacios: en un periodo la barra forma parte del formato MM/AAAA. */
    static String sinEspacios(String entrada) {
        if (entrada == null) {
            return "";
        }
        StringBuilder limpio = new StringBuilder(entrada.length());
        entrada.codePoints().filter(cp -> !esEspacio(cp)).forEach(limpio::appendCodePoint);
        return limpio.toString();
    }

    /**
     * Solo dígitos ASCII: {@link Character#isDigit(char)} aceptaría dígitos árabes o de ancho
     * completo que luego ningún sistema de la TGSS entendería.
     */
    static boolean soloDigitosAscii(String valor) {
        if (valor.isEmpty()) {
            return false;
        }
        for (int i = 0; i < valor.length(); i++) {
            char c = valor.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean esSeparador(int cp) {
        return esEspacio(cp) || cp == '-' || cp == '/' || cp == '.';
    }

    private static boolean esEspacio(int cp) {
        // isWhitespace no considera espacio el U+00A0 (espacio duro); isSpaceChar sí.
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
