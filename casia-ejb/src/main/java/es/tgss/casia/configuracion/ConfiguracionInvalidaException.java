package es.tgss.casia.configuracion;

import java.util.List;

/** One or more settings are wrong; the message names each of them. */
public class ConfiguracionInvalidaException extends RuntimeException {

    private final List<String> errores;

    public ConfiguracionInvalidaException(List<String> errores) {
        super("Configuración no válida: " + String.join("; ", errores));
        this.errores = List.copyOf(errores);
    }

    public List<String> errores() {
        return errores;
    }
}
