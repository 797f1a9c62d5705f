package es.tgss.casia.autorizacion;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The autorización the current request acts on, as the web layer names it: the portal, the one chosen in the
 * session; the REST API, the one in the path. It is a claim, not a right: the services check it against the
 * caller's membership (the caller comes from the container) on every call, and refuse it when the caller does not
 * belong to it.
 */
@RequestScoped
public class AutorizacionEnCurso {

    private String numero;

    public void actuarEn(String numero) {
        this.numero = numero;
    }

    public Optional<String> numero() {
        return Optional.ofNullable(numero);
    }
}
