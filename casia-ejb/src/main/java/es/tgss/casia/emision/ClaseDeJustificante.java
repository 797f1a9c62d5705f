package es.tgss.casia.emision;

/**
 * The documents CASIA issues as sealed PDF/A with a CEA, with their titles: the two justificantes of the manual and
 * the Resolución de Desistimiento of the 2021 bulletin (cierre de oficio of a Trámite, art. 68 Ley 39/2015).
 */
public enum ClaseDeJustificante {
    /** §5.1.2: issued at Finalizar Alta of a Trámite. */
    SOLICITUD_TRAMITE("Justificante de solicitud de trámite"),
    /** §5.2.1: issued when documents are added later to a Trámite. */
    DOCUMENTACION_COMPLEMENTARIA("Justificante de documentación complementaria anexada"),
    /**
     * Bulletin of July 2021: issued when a Trámite is closed de oficio because the information requested was not
     * provided in 20 natural days; made by {@link GeneradorDeJustificantes#resolucion}, not from a
     * {@link DatosJustificante}.
     */
    RESOLUCION_DESISTIMIENTO("Resolución de Desistimiento");

    private final String titulo;

    ClaseDeJustificante(String titulo) {
        this.titulo = titulo;
    }

    public String titulo() {
        return titulo;
    }
}
