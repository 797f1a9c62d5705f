package es.tgss.casia.caso.resolucion;

import java.time.OffsetDateTime;

/**
 * A row of the Sede Electrónica inbox ("Notificaciones"): one Resolución de Desistimiento put at the autorización's
 * disposal, and how its notification stands.
 *
 * @param id                 what {@link SedeElectronica#abrir} takes
 * @param puestaDisposicion  when it was put at disposal (the 10 natural days of art. 43.2 count from it)
 * @param comparecenciaPor   login of the user who opened it first; null unless {@link Estado#PRACTICADA}
 * @param comparecencia      when that user opened it; null unless {@link Estado#PRACTICADA}
 * @param rechazada          when it was recorded as rejected; null unless {@link Estado#RECHAZADA}
 */
public record NotificacionEnSede(
        long id,
        String numeroCaso,
        String tituloCaso,
        OffsetDateTime puestaDisposicion,
        String comparecenciaPor,
        OffsetDateTime comparecencia,
        OffsetDateTime rechazada) {

    /** How a notification in the Sede stands (art. 43 Ley 39/2015). */
    public enum Estado {
        /** Put at disposal, nobody has opened it, and it has not been recorded as rejected. */
        PENDIENTE,
        /** A user of the autorización opened it: the notification is practised (comparecencia). */
        PRACTICADA,
        /** Ten natural days passed without anyone opening it (art. 43.2); it stays readable. */
        RECHAZADA
    }

    public Estado estado() {
        if (comparecencia != null) {
            return Estado.PRACTICADA;
        }
        return rechazada != null ? Estado.RECHAZADA : Estado.PENDIENTE;
    }
}
