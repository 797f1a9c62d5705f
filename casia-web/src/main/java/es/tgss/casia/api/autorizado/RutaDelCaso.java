package es.tgss.casia.api.autorizado;

import es.tgss.casia.api.AutorizacionDeLaRuta;

/**
 * Where a case is in the API. The número de caso carries a slash of its own (2026/00000123): the path takes it as it
 * is ({@code …/casos/2026/00000123/mensajes}), as the download servlet does, so that no client has to encode it and
 * no server has to accept an encoded slash.
 */
public final class RutaDelCaso {

    /**
     * The cases of the autorización in the path. Every resource on a case shares exactly this root, so that JAX-RS
     * merges them into one and matches each request by its method's own path, whatever class declares it.
     */
    public static final String CASOS = "autorizaciones/{" + AutorizacionDeLaRuta.PARAMETRO + "}/casos";

    /** One case: year, slash, eight or more digits. Anything else is no case (404), never a 500. */
    public static final String NUMERO = "{numero: [0-9]{4}/[0-9]{8,12}}";

    private RutaDelCaso() {}
}
