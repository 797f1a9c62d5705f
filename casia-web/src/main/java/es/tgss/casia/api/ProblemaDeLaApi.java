package es.tgss.casia.api;

import es.tgss.casia.error.Mensaje;

/**
 * A refusal of the API's own, not of a service: a precondition missing, an Idempotency-Key too long, a limit
 * reached. {@link Problemas} writes it like any other problem.
 */
public class ProblemaDeLaApi extends RuntimeException {

    private final TipoDeProblema tipo;
    private final transient Mensaje mensaje;
    private final Long reintentarEnSegundos;

    public ProblemaDeLaApi(TipoDeProblema tipo, Mensaje mensaje) {
        this(tipo, mensaje, null);
    }

    public ProblemaDeLaApi(TipoDeProblema tipo, Mensaje mensaje, Long reintentarEnSegundos) {
        super(tipo.codigo(), null, false, false);
        this.tipo = tipo;
        this.mensaje = mensaje;
        this.reintentarEnSegundos = reintentarEnSegundos;
    }

    public TipoDeProblema tipo() {
        return tipo;
    }

    public Mensaje mensaje() {
        return mensaje;
    }

    /** For a 429: the seconds to wait, sent as Retry-After. */
    public Long reintentarEnSegundos() {
        return reintentarEnSegundos;
    }
}
