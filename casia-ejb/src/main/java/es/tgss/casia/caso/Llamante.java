package es.tgss.casia.caso;

import java.util.Objects;

/**
 * Who is acting, as {@link Llamantes} read it from the container for one call: the login, the kind of actor,
 * for an autorizado the autorización en curso, and the address the request came from. Only {@link Llamantes} builds one (the constructor is not public),
 * and no public service method takes one: nobody can claim to be someone else.
 */
public final class Llamante {

    private final String login;
    private final TipoActor tipo;
    private final String autorizacion;
    private final String direccion;

    Llamante(String login, TipoActor tipo, String autorizacion) {
        this(login, tipo, autorizacion, null);
    }

    Llamante(String login, TipoActor tipo, String autorizacion, String direccion) {
        this.login = Objects.requireNonNull(login, "login");
        this.tipo = Objects.requireNonNull(tipo, "tipo");
        if (tipo == TipoActor.AUTORIZADO && autorizacion == null) {
            throw new IllegalArgumentException("Un autorizado actúa siempre desde una autorización elegida");
        }
        this.autorizacion = autorizacion;
        this.direccion = direccion;
    }

    public String login() {
        return login;
    }

    public TipoActor tipo() {
        return tipo;
    }

    /** The address the request came from, for the audit; null when there is no request (the nightly jobs). */
    public String direccion() {
        return direccion;
    }

    /** Número de la autorización en curso; only for autorizados. */
    public String autorizacion() {
        return autorizacion;
    }
}
