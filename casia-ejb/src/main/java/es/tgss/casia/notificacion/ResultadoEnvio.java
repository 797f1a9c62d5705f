package es.tgss.casia.notificacion;

/** What became of one turn of the sender: the notice it claimed, if any. */
public enum ResultadoEnvio {
    /** No notice is due (or every due one is being sent by another sender right now). */
    NINGUNA,
    ENVIADA,
    /** The server refused the message: it is retried later, or left FALLIDA for ops. */
    RECHAZADA,
    /** The server cannot be reached or dropped the connection: the rest of the round would wait for the same. */
    SIN_SERVIDOR
}
