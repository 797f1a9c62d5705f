package es.tgss.casia.caso;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the user typed cannot make a case: one Spanish message per field, all of them at once, so the form can
 * show each beside its field and keep everything typed.
 */
@ApplicationException(rollback = true)
public class DatosCasoInvalidosException extends RuntimeException {

    private final Map<String, String> errores;

    public DatosCasoInvalidosException(Map<String, String> errores) {
        super(String.join(" ", errores.values()));
        this.errores = Collections.unmodifiableMap(new LinkedHashMap<>(errores));
    }

    /** Field (as the form names it) → message. */
    public Map<String, String> errores() {
        return errores;
    }

    /** Collects the errors of one check; the first message of a field wins. */
    public static final class Errores {
        private final Map<String, String> errores = new LinkedHashMap<>();

        public void anadir(String campo, String mensaje) {
            errores.putIfAbsent(campo, mensaje);
        }

        public boolean hay() {
            return !errores.isEmpty();
        }

        public void lanzarSiHay() {
            if (hay()) {
                throw new DatosCasoInvalidosException(errores);
            }
        }
    }
}
