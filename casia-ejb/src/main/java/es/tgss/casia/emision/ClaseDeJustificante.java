package es.tgss.casia.emision;

/** The two justificantes of the manual, with the titles it gives them. */
public enum ClaseDeJustificante {
    /** §5.1.2: issued at Finalizar Alta of a Trámite. */
    SOLICITUD_TRAMITE("Justificante de solicitud de trámite"),
    /** §5.2.1: issued when documents are added later to a Trámite. */
    DOCUMENTACION_COMPLEMENTARIA("Justificante de documentación complementaria anexada");

    private final String titulo;

    ClaseDeJustificante(String titulo) {
        this.titulo = titulo;
    }

    public String titulo() {
        return titulo;
    }
}
