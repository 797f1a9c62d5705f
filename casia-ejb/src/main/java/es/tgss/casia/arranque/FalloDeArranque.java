package es.tgss.casia.arranque;

/** CASIA cannot start; the message says which setting or resource to look at. */
public class FalloDeArranque extends RuntimeException {

    public FalloDeArranque(String mensaje) {
        super(mensaje);
    }
}
