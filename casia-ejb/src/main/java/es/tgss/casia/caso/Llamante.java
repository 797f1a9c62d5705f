package es.tgss.casia.caso;

import java.util.Objects;

/**
 * Who is acting, as the web layer or the API established it: the login, the kind of actor and, for an autorizado,
 * the autorización chosen. Every case service method checks the case against it.
 *
 * @param autorizacion número de la autorización elegida; only for autorizados
 */
public record Llamante(String login, TipoActor tipo, String autorizacion) {

    public Llamante {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(tipo, "tipo");
        if (tipo == TipoActor.AUTORIZADO && autorizacion == null) {
            throw new IllegalArgumentException("Un autorizado actúa siempre desde una autorización elegida");
        }
    }

    public static Llamante autorizado(String login, String autorizacion) {
        return new Llamante(login, TipoActor.AUTORIZADO, autorizacion);
    }

    public static Llamante tramitador(String login) {
        return new Llamante(login, TipoActor.TRAMITADOR, null);
    }

    /** The nightly sweep. */
    public static Llamante sistema() {
        return new Llamante("sistema", TipoActor.SISTEMA, null);
    }
}
