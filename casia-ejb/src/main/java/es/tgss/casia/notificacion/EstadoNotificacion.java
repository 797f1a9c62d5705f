package es.tgss.casia.notificacion;

/** Where a notice is: waiting to be sent, sent, or given up after too many failed attempts. */
public enum EstadoNotificacion {
    PENDIENTE,
    ENVIADA,
    FALLIDA
}
