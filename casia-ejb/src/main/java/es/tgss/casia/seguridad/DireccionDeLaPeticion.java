package es.tgss.casia.seguridad;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The address the current request came from, as the server saw it (the web layer notes it for every request), so
 * that the audit of an action says from where it was done. Behind a reverse proxy it is the proxy's address until
 * the proxy's forwarded header is trusted (not done yet). No request (the nightly jobs): none.
 */
@RequestScoped
public class DireccionDeLaPeticion {

    /** Long enough for any IPv6 address in text, with its zone. */
    public static final int MAX = 45;

    private String direccion;

    public void anotar(String direccion) {
        this.direccion = direccion == null || direccion.length() <= MAX ? direccion : direccion.substring(0, MAX);
    }

    public Optional<String> direccion() {
        return Optional.ofNullable(direccion);
    }
}
