package es.tgss.casia.caso;

/** Quién realiza una acción sobre un caso. */
public enum TipoActor {
    /** Usuario principal o secundario de la autorización RED (portal o API). */
    AUTORIZADO,
    /** Tramitador de la TGSS (back-office). */
    TRAMITADOR,
    /** Proceso automático (p. ej. el cierre de oficio nocturno). */
    SISTEMA
}
