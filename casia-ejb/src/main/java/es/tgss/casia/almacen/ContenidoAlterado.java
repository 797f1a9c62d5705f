package es.tgss.casia.almacen;

import java.io.IOException;

/** A stored content is missing or is not the bytes it was: never served, always logged. */
public class ContenidoAlterado extends IOException {

    private static final long serialVersionUID = 1L;

    public ContenidoAlterado(String mensaje) {
        super(mensaje);
    }
}
