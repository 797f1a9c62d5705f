package es.tgss.casia.caso;

import java.util.Objects;

/**
 * La acción no está permitida en el estado actual del caso. El mensaje está en español y es para el usuario;
 * el motivo es estable y sirve a la API (p. ej. como "type" de un problem detail) y a los tests.
 */
public class TransicionNoPermitidaException extends RuntimeException {

    public enum Motivo {
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
        PUNTUACION_NO_VALIDA
    }

    private final Motivo motivo;

    public TransicionNoPermitidaException(Motivo motivo, String mensaje) {
        super(mensaje);
        this.motivo = Objects.requireNonNull(motivo);
    }

    public Motivo motivo() {
        return motivo;
    }
}
