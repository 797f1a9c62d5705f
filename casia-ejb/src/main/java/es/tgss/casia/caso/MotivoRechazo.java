package es.tgss.casia.caso;

import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;

/**
 * Why {@link CicloDeVidaCaso} refuses an action. The refusal is an {@link ErrorDeNegocio} with code
 * {@link CodigoError#TRANSICION_NO_PERMITIDA} and key {@code transicion.<MOTIVO>}, or
 * {@code transicion.<MOTIVO>.<detalle>} where one reason reads differently per action or actor: the key is stable,
 * so the API and the tests can tell the reasons apart without reading the text.
 */
public enum MotivoRechazo {
    ACTOR_NO_PERMITIDO,
    CASO_YA_EXISTE,
    CASO_NO_EXISTE,
    CASO_CERRADO,
    SUBESTADO_NO_PERMITIDO,
    ANULACION_PENDIENTE,
    ANULACION_YA_SOLICITADA,
    SIN_ANULACION_PENDIENTE,
    PLAZO_NO_VENCIDO,
    CASO_NO_CERRADO,
    YA_VALORADO,
    NO_VALORABLE,
    PUNTUACION_NO_VALIDA;

    static final String PREFIJO = "transicion.";

    ErrorDeNegocio rechazo(Object... argumentos) {
        return new ErrorDeNegocio(CodigoError.TRANSICION_NO_PERMITIDA, PREFIJO + name(), argumentos);
    }

    ErrorDeNegocio rechazoPara(Enum<?> detalle) {
        return new ErrorDeNegocio(CodigoError.TRANSICION_NO_PERMITIDA, PREFIJO + name() + "." + detalle.name());
    }
}
