package es.tgss.casia.caso;

import jakarta.ejb.ApplicationException;

/** Someone else changed the case first; nothing of this action was stored. */
@ApplicationException(rollback = true)
public class CasoModificadoException extends RuntimeException {

    public CasoModificadoException(String numero) {
        super("El caso " + numero + " ha cambiado mientras trabajaba en él: no se ha guardado nada. "
                + "Vuelva a abrirlo para ver su estado actual; lo que escribió sigue en el formulario.");
    }
}
