package es.tgss.casia.error;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects the per-field errors of one check, so that the user hears about all of them at once. */
public final class ErroresDeCampo {

    private final Map<String, Mensaje> errores = new LinkedHashMap<>();

    /** The first message of a field wins: it is the one the user must fix first. */
    public void anadir(String campo, Mensaje mensaje) {
        errores.putIfAbsent(campo, mensaje);
    }

    public void anadir(String campo, String clave, Object... argumentos) {
        anadir(campo, Mensaje.de(clave, argumentos));
    }

    public void anadirTodos(Map<String, Mensaje> otros) {
        otros.forEach(this::anadir);
    }

    public boolean hay() {
        return !errores.isEmpty();
    }

    /** @throws ErrorDeNegocio {@link CodigoError#CAMPO_INVALIDO} with every error collected, if there is any */
    public void lanzarSiHay() {
        if (hay()) {
            throw ErrorDeNegocio.enCampos(errores);
        }
    }
}
