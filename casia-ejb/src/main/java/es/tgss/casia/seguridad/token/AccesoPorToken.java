package es.tgss.casia.seguridad.token;

import java.util.Set;

/** Who a valid token authenticates: the login of its owner and the owner's roles now (not when it was made). */
public record AccesoPorToken(String login, Set<String> roles) {

    public AccesoPorToken {
        roles = Set.copyOf(roles);
    }
}
