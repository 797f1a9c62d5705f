package es.tgss.casia.caso;

/** Estado de un caso, con la etiqueta que usa el manual. */
public enum Estado {
    ABIERTO("Abierto"),
    CERRADO("Cerrado");

    private final String etiqueta;

    Estado(String etiqueta) {
        this.etiqueta = etiqueta;
    }

    public String etiqueta() {
        return etiqueta;
    }
}
