package es.tgss.casia.catalogo;

/** Consulta · Error/Incidencia · Trámite, with the manual's labels. */
public enum TipoCaso {
    CONSULTA("Consulta"),
    ERROR_INCIDENCIA("Error/Incidencia"),
    TRAMITE("Trámite");

    private final String etiqueta;

    TipoCaso(String etiqueta) {
        this.etiqueta = etiqueta;
    }

    public String etiqueta() {
        return etiqueta;
    }
}
