package es.tgss.casia.caso;

import jakarta.ejb.ApplicationException;

/**
 * No such case for this caller. The same answer whether the number does not exist or belongs to another
 * autorización: nobody learns that someone else's case exists.
 */
@ApplicationException(rollback = true)
public class CasoNoEncontradoException extends RuntimeException {

    public CasoNoEncontradoException(String numero) {
        super("No se ha encontrado el caso " + numero + ".");
    }
}
