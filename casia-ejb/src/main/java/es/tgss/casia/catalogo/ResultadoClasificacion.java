package es.tgss.casia.catalogo;

import es.tgss.casia.error.Mensaje;
import java.util.Map;
import java.util.Optional;

/**
 * What checking a classification gives: the classification, or one message (a key of the {@code errores}
 * bundle) per wrong field (materia, categoria,
 * subcategoria). Returned, not thrown: the caller gathers these with the errors of the rest of its form, and an
 * exception from this bean would mark the caller's transaction for rollback.
 */
public record ResultadoClasificacion(Optional<Clasificacion> clasificacion, Map<String, Mensaje> errores) {

    public ResultadoClasificacion {
        errores = Map.copyOf(errores);
        if (clasificacion.isPresent() == !errores.isEmpty()) {
            throw new IllegalArgumentException(
                    "Una clasificación válida no tiene errores, y una con errores no existe");
        }
    }

    static ResultadoClasificacion valida(Clasificacion clasificacion) {
        return new ResultadoClasificacion(Optional.of(clasificacion), Map.of());
    }

    static ResultadoClasificacion conError(String campo, String clave, Object... argumentos) {
        return new ResultadoClasificacion(Optional.empty(), Map.of(campo, Mensaje.de(clave, argumentos)));
    }
}
