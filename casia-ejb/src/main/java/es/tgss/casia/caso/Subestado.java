package es.tgss.casia.caso;

/**
 * Subestado de un caso. Cada subestado pertenece a un único {@link Estado}, de modo que el estado nunca se guarda
 * aparte y no puede contradecir al subestado.
 */
public enum Subestado {
    PRESENTADO("Presentado", Estado.ABIERTO),
    ASIGNADO("Asignado", Estado.ABIERTO),
    SOLICITADA_INFORMACION("Solicitada Información", Estado.ABIERTO),
    ESCALADO("Escalado", Estado.ABIERTO),
    TRANSFERIDO("Transferido", Estado.ABIERTO),
    ANULADO("Anulado", Estado.CERRADO),
    RESUELTO("Resuelto", Estado.CERRADO),
    DE_OFICIO("De oficio", Estado.CERRADO);

    private final String etiqueta;
    private final Estado estado;

    Subestado(String etiqueta, Estado estado) {
        this.etiqueta = etiqueta;
        this.estado = estado;
    }

    public String etiqueta() {
        return etiqueta;
    }

    public Estado estado() {
        return estado;
    }

    public boolean abierto() {
        return estado == Estado.ABIERTO;
    }

    public boolean cerrado() {
        return estado == Estado.CERRADO;
    }
}
