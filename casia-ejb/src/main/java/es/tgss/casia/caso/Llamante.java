package es.tgss.casia.caso;

import java.util.Objects;

/**
 * Who is acting, as {@link Llamantes} read it from the container for one call: the login, the kind of actor and,
 * for an autorizado, the autorización of the request (already checked against membership). Internal to the case
 * services: nobody outside can build one.
 *
 * @param autorizacion número de la autorización en curso; only for autorizados
 */
record Llamante(String login, TipoActor tipo, String autorizacion) {

    Llamante {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(tipo, "tipo");
        if (tipo == TipoActor.AUTORIZADO && autorizacion == null) {
            throw new IllegalArgumentException("Un autorizado actúa siempre desde una autorización elegida");
        }
    }
}
