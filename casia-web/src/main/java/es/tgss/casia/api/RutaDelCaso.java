package es.tgss.casia.api;

/**
 * How a path names a case. A número de caso is {@code AAAA/NNNNNNNN} (NumeracionDeCasos): its slash stays a slash, so
 * the case is two segments ({@code …/casos/2026/00000123/historial}). Percent-encoded ({@code %2F}) it would need the
 * server to accept encoded slashes, which Payara refuses by default and every proxy on the way may treat differently.
 */
public final class RutaDelCaso {

    /**
     * The cases of the autorización in the path. Every resource on an autorizado's case shares exactly this root, so
     * that JAX-RS merges them into one and matches each request by its method's own path, whatever class declares it.
     */
    public static final String CASOS = "autorizaciones/{" + AutorizacionDeLaRuta.PARAMETRO + "}/casos";

    /**
     * One case, the path parameter {@code numero} ({@link Problemas} reads the current version by that name): year,
     * slash, eight or more digits. Anything else is no case (404), never a 500.
     */
    public static final String NUMERO = "{numero: [0-9]{4}/[0-9]{8,12}}";

    private RutaDelCaso() {}
}
