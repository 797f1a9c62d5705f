package es.tgss.casia.notificacion;

/**
 * Notices were queued (or put back to be sent); observed once their transaction has committed, to send them at once
 * instead of at the next sweep (see {@link EnvioTrasConfirmar}).
 */
public record NotificacionesEncoladas() {}
