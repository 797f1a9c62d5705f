package es.tgss.casia.api;

import es.tgss.casia.error.Mensaje;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: a case's ETag is its version; an action that changes a case must send it back in
 * {@code If-Match}, and the service refuses it if the case changed meanwhile (the same check the screens make).
 */
public final class Versiones {

    private Versiones() {}

    public static EntityTag etag(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /**
     * The version an {@code If-Match} header names.
     *
     * @throws ProblemaDeLaApi 428 without the header, 412 when it is not a version of ours
     */
    public static int deIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemaDeLaApi(TipoDeProblema.PRECONDICION_REQUERIDA, Mensaje.de("api.precondicionRequerida"));
        }
        String valor = ifMatch.strip();
        if (valor.startsWith("W/")) {
            valor = valor.substring(2);
        }
        if (valor.length() >= 2 && valor.startsWith("\"") && valor.endsWith("\"")) {
            valor = valor.substring(1, valor.length() - 1);
        }
        try {
            return Integer.parseInt(valor);
        } catch (NumberFormatException noEsNuestra) {
            throw new ProblemaDeLaApi(TipoDeProblema.PRECONDICION_FALLIDA, Mensaje.de("api.ifMatch"));
        }
    }
}
