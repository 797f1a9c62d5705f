package es.tgss.casia.api;

/**
 * How a path names a case. A número de caso is {@code AAAA/NNNNNNNN} (NumeracionDeCasos): its slash stays a slash, so
 * the case is two segments ({@code …/casos/2026/00000123/historial}). Percent-encoded ({@code %2F}) it would need the
 * server to accept encoded slashes, which Payara refuses by default and every proxy on the way may treat differently.
 */
public final class RutaDelCaso {

    /** The path parameter {@code numero}, the name {@link Problemas} reads the current version by. */
    public static final String NUMERO = "{numero: [0-9]+/[0-9]+}";

    private RutaDelCaso() {}
}
