package es.tgss.casia.lote;

/**
 * A case read as due that the night leaves open: answered since it was read, or being acted on at that moment. The
 * JSL skips it (it is no fault of the run); if it is still due it is closed the next night.
 */
public class CasoQueNoSeCierra extends Exception {

    private static final long serialVersionUID = 1L;

    public CasoQueNoSeCierra(String numero) {
        super("El caso " + numero + " no se cierra esta noche: ha cambiado o alguien actúa sobre él");
    }
}
