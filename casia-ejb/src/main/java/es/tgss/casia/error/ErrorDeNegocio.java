package es.tgss.casia.error;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A business failure, the only one the services throw: a stable {@link CodigoError}, the message (a key and its
 * arguments, no sentence) and, for a form, one message per field so the screen can show each beside its field and
 * keep everything typed. An application exception, so that the transaction is rolled back and the caller gets it as
 * it is. {@link #getMessage()} is the Spanish text, for logs and tests; screens write it with {@link Textos} in the
 * user's language.
 */
@ApplicationException(rollback = true)
public class ErrorDeNegocio extends RuntimeException {

    private final CodigoError codigo;
    private final Mensaje mensaje;
    private final Map<String, Mensaje> errores;

    public ErrorDeNegocio(CodigoError codigo, String clave, Object... argumentos) {
        this(codigo, Mensaje.de(clave, argumentos), Map.of());
    }

    private ErrorDeNegocio(CodigoError codigo, Mensaje mensaje, Map<String, Mensaje> errores) {
        this.codigo = Objects.requireNonNull(codigo);
        this.mensaje = mensaje;
        this.errores = Collections.unmodifiableMap(new LinkedHashMap<>(errores));
    }

    /** {@link CodigoError#CAMPO_INVALIDO} with these per-field errors (field as the form names it → message). */
    public static ErrorDeNegocio enCampos(Map<String, Mensaje> errores) {
        if (errores.isEmpty()) {
            throw new IllegalArgumentException("A field error names at least one field");
        }
        return new ErrorDeNegocio(CodigoError.CAMPO_INVALIDO, null, errores);
    }

    /** {@link CodigoError#CAMPO_INVALIDO} in one field. */
    public static ErrorDeNegocio enCampo(String campo, String clave, Object... argumentos) {
        return enCampos(Map.of(campo, Mensaje.de(clave, argumentos)));
    }

    public CodigoError codigo() {
        return codigo;
    }

    /** The message of the whole error; empty when everything is said field by field. */
    public Optional<Mensaje> mensaje() {
        return Optional.ofNullable(mensaje);
    }

    /** Field (as the form names it) → message, in the order they were found. */
    public Map<String, Mensaje> errores() {
        return errores;
    }

    /** Written when asked for, not when thrown: a text that cannot be written must not hide the failure itself. */
    @Override
    public String getMessage() {
        return Textos.ESPANOL.de(mensaje, errores);
    }
}
