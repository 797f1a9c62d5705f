package es.tgss.casia.error;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A text still to be written: a key of the {@code errores} bundles and its arguments. An argument may itself be a
 * {@code Mensaje} (a field's name inside a sentence), written in the same language.
 */
public record Mensaje(String clave, List<Object> argumentos) implements Serializable {

    public Mensaje {
        argumentos = List.copyOf(argumentos);
    }

    public static Mensaje de(String clave, Object... argumentos) {
        return new Mensaje(clave, Arrays.asList(argumentos));
    }
}
