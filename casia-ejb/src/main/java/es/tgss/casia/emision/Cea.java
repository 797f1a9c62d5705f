package es.tgss.casia.emision;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * The código electrónico de autenticidad in the TGSS shape (DESIGN.md, "The CEA"): an ID of 12 positions, the date
 * it was generated and a code of 30 positions. ID and code are drawn from an alphabet of 31 characters without the
 * ones people confuse when they copy from paper (0/O, 1/I/L): 42 random positions carry about 208 bits, far above
 * the 120 asked for, so that guessing a valid pair is hopeless even before the verification page slows tries down.
 */
public record Cea(String id, LocalDate fecha, String codigo) {

    static final String ALFABETO = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LONGITUD_ID = 12;
    static final int LONGITUD_CODIGO = 30;
    private static final DateTimeFormatter AAAAMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    public Cea {
        Objects.requireNonNull(fecha, "fecha");
        if (!valido(id, LONGITUD_ID) || !valido(codigo, LONGITUD_CODIGO)) {
            throw new IllegalArgumentException("CEA mal formado");
        }
    }

    public static Cea nuevo(SecureRandom azar, LocalDate fecha) {
        return new Cea(aleatorio(azar, LONGITUD_ID), fecha, aleatorio(azar, LONGITUD_CODIGO));
    }

    /**
     * Reads what a person typed on the verification page: spaces, hyphens and case do not matter (the foot prints
     * the code in groups); anything else that is not of the alphabet, or a wrong length, is no CEA.
     */
    public static Optional<Clave> leer(String id, String codigo) {
        String i = normalizar(id);
        String c = normalizar(codigo);
        if (!valido(i, LONGITUD_ID) || !valido(c, LONGITUD_CODIGO)) {
            return Optional.empty();
        }
        return Optional.of(new Clave(i, c));
    }

    /** The ID and code that identify a document on the verification page (the date is printed, not asked for). */
    public record Clave(String id, String codigo) {}

    public Clave clave() {
        return new Clave(id, codigo);
    }

    /** The fecha as printed and stored: AAAAMMDD. */
    public String fechaAaaammdd() {
        return AAAAMMDD.format(fecha);
    }

    /**
     * The text at the foot of every page, without the page number the template adds: the ID and code in groups of
     * four and five so that a person can copy them from paper without losing their place.
     */
    public String pie() {
        return "CEA: ID " + agrupar(id, 4) + " · Fecha " + fechaAaaammdd() + " · Código " + agrupar(codigo, 5);
    }

    private static String aleatorio(SecureRandom azar, int longitud) {
        StringBuilder s = new StringBuilder(longitud);
        for (int i = 0; i < longitud; i++) {
            s.append(ALFABETO.charAt(azar.nextInt(ALFABETO.length())));
        }
        return s.toString();
    }

    private static String normalizar(String tecleado) {
        if (tecleado == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(tecleado.length());
        for (int i = 0; i < tecleado.length(); i++) {
            char ch = tecleado.charAt(i);
            if (ch != '-' && ch != '‐' && ch != '–' && !Character.isWhitespace(ch) && !Character.isSpaceChar(ch)) {
                s.append(Character.toUpperCase(ch));
            }
        }
        return s.toString();
    }

    private static boolean valido(String s, int longitud) {
        if (s == null || s.length() != longitud) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (ALFABETO.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String agrupar(String s, int tamano) {
        StringBuilder r = new StringBuilder(s.length() + s.length() / tamano);
        for (int i = 0; i < s.length(); i += tamano) {
            if (i > 0) {
                r.append(' ');
            }
            r.append(s, i, Math.min(s.length(), i + tamano));
        }
        return r.toString();
    }
}
