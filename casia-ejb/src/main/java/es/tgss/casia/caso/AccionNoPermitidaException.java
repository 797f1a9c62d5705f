package es.tgss.casia.caso;

import jakarta.ejb.ApplicationException;

/**
 * The rule refused the action in the case's current state; the message (Spanish, for the user) and the stable
 * motivo come from {@link TransicionNoPermitidaException}. An application exception, so that the transaction is
 * rolled back and the caller gets it as it is.
 */
@ApplicationException(rollback = true)
public class AccionNoPermitidaException extends RuntimeException {

    private final TransicionNoPermitidaException.Motivo motivo;

    public AccionNoPermitidaException(TransicionNoPermitidaException causa) {
        super(causa.getMessage(), causa);
        this.motivo = causa.motivo();
    }

    public TransicionNoPermitidaException.Motivo motivo() {
        return motivo;
    }
}
