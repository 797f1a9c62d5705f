package es.tgss.casia.caso;

import java.time.Instant;
import java.util.Objects;

/**
 * Lo que la regla necesita saber del caso y de la petición, aparte de su estado.
 *
 * @param ahora         instante de la acción (el servicio lo toma de su {@code Clock})
 * @param tramite       el caso es de tipo Trámite (justificantes y Resolución de Desistimiento)
 * @param documentosAnadidos en Modificar Información se anexan documentos
 * @param puntuacion    en Valorar, la puntuación elegida; {@code null} en otras acciones
 */
public record Contexto(Instant ahora, boolean tramite, boolean documentosAnadidos, Integer puntuacion) {

    public Contexto {
        Objects.requireNonNull(ahora, "ahora");
    }

    public static Contexto en(Instant ahora, boolean tramite) {
        return new Contexto(ahora, tramite, false, null);
    }

    public Contexto conDocumentos() {
        return new Contexto(ahora, tramite, true, puntuacion);
    }

    public Contexto conPuntuacion(int puntuacion) {
        return new Contexto(ahora, tramite, documentosAnadidos, puntuacion);
    }
}
