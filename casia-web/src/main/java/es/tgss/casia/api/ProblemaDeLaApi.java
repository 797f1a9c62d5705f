package es.tgss.casia.api;

import es.tgss.casia.error.Mensaje;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal of the API's own, not of a service: a precondition missing, an Idempotency-Key too long, a limit
 * reached. {@link Problemas} writes it like any other problem.
 */
public class ProblemaDeLaApi extends RuntimeException {

    private final TipoDeProblema tipo;
    private final transient Mensaje mensaje;
    private final Long reintentarEnSegundos;
    private final transient Map<String, Mensaje> errores;

    public ProblemaDeLaApi(TipoDeProblema tipo, Mensaje mensaje) {
        this(tipo, mensaje, null);
    }

    public ProblemaDeLaApi(TipoDeProblema tipo, Mensaje mensaje, Long reintentarEnSegundos) {
        super(tipo.codigo(), null, false, false);
        this.tipo = tipo;
        this.mensaje = mensaje;
        this.reintentarEnSegundos = reintentarEnSegundos;
        this.errores = Map.of();
    }

    /**
     * A refusal that also says which fields caused it: a document over the size limit (413) or in a refused format
     * (415) is a field of the request, as a validation error would be.
     */
    public static ProblemaDeLaApi enCampos(TipoDeProblema tipo, Mensaje mensaje, Map<String, Mensaje> errores) {
        return new ProblemaDeLaApi(errores, tipo, mensaje);
    }

    private ProblemaDeLaApi(Map<String, Mensaje> errores, TipoDeProblema tipo, Mensaje mensaje) {
        super(tipo.codigo(), null, false, false);
        this.tipo = tipo;
        this.mensaje = mensaje;
        this.reintentarEnSegundos = null;
        this.errores = new LinkedHashMap<>(errores);
    }

    public TipoDeProblema tipo() {
        return tipo;
    }

    public Mensaje mensaje() {
        return mensaje;
    }

    /** Field (as the request names it) → message; empty when the refusal is not about fields. */
    public Map<String, Mensaje> errores() {
        return errores;
    }

    /** For a 429: the seconds to wait, sent as Retry-After. */
    public Long reintentarEnSegundos() {
        return reintentarEnSegundos;
    }
}
