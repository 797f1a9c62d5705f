package es.tgss.casia.error;

/**
 * What kind of business failure it is. Stable: the REST API will turn each into an RFC 9457 problem type, and
 * callers decide on it (retry, show the form again…), never on the text.
 */
public enum CodigoError {
    /** No such case for this caller (the same whether it does not exist or belongs to someone else). */
    CASO_NO_ENCONTRADO,
    /** Someone else changed the case first; nothing of this action was stored. */
    CASO_MODIFICADO,
    /** The life-cycle rule refused the action in the case's current state; the key says why. */
    TRANSICION_NO_PERMITIDA,
    /** The caller may not act for that autorización, or with their profile. */
    ACCESO_NO_PERMITIDO,
    /** What the user typed is not valid: see the per-field errors. */
    CAMPO_INVALIDO,
    /** Someone else changed that entry of the catalogue first; nothing of this action was stored. */
    CATALOGO_MODIFICADO,
    /** No such entry of the catalogue (entries are never deleted: a wrong reference). */
    CATALOGO_NO_ENCONTRADO,
    /** The batch execution is not in a state that allows that action (restart a completed run, stop a finished one). */
    EJECUCION_NO_PERMITIDA,
    /** No such API token of the caller's (the same whether it does not exist or is someone else's). */
    TOKEN_NO_ENCONTRADO,
    /** An Idempotency-Key already used for another request: the client must use a new key for a new request. */
    CLAVE_DE_IDEMPOTENCIA_REUTILIZADA
}
