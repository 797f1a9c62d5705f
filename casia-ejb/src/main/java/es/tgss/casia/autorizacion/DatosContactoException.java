package es.tgss.casia.autorizacion;

import jakarta.ejb.ApplicationException;

/** The contact data cannot be changed as asked; the message says why, in Spanish. */
@ApplicationException(rollback = true)
public class DatosContactoException extends RuntimeException {

    public DatosContactoException(String mensaje) {
        super(mensaje);
    }
}
