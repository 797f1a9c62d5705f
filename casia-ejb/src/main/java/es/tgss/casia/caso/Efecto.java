package es.tgss.casia.caso;

/**
 * Lo que, además del cambio de estado, debe ocurrir en la misma transacción. La regla solo lo enumera;
 * el servicio lo ejecuta (fila en el outbox de correo, generación del justificante, etc.).
 */
public enum Efecto {
    /** Correo al e-mail de contacto de la autorización (si lo tiene). */
    NOTIFICAR_AUTORIZADO,
    /** Solo Trámites, al dar de alta. */
    JUSTIFICANTE_APERTURA,
    /** Solo Trámites, cuando se anexan documentos después del alta. */
    JUSTIFICANTE_DOCUMENTACION,
    /** Empieza (o vuelve a empezar) el plazo de 20 días naturales para aportar información. */
    RELOJ_INICIA,
    /** El caso sale de Solicitada Información: el plazo deja de correr. */
    RELOJ_PARA,
    /** Solo Trámites cerrados de oficio (art. 68 Ley 39/2015). */
    RESOLUCION_DESISTIMIENTO
}
