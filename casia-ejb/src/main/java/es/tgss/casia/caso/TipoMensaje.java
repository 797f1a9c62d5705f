package es.tgss.casia.caso;

/** What a message of a case is. Only NOTA_INTERNA is hidden from the autorizado. */
public enum TipoMensaje {
    SOLICITUD_INFORMACION,
    APORTACION,
    RESPUESTA,
    MOTIVO_ANULACION,
    RECHAZO_ANULACION,
    NOTA_INTERNA
}
