package es.tgss.casia.caso;

import jakarta.ejb.ApplicationException;

/** The caller may not act for that autorización, or as that kind of actor. */
@ApplicationException(rollback = true)
public class AccesoNoPermitidoException extends RuntimeException {

    public AccesoNoPermitidoException(String mensaje) {
        super(mensaje);
    }
}
