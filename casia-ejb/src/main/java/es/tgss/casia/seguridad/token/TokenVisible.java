package es.tgss.casia.seguridad.token;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A token as its owner sees it in the list: never the token, only the first characters that tell it apart.
 *
 * @param revocado  when it was revoked; null while it is not
 * @param ultimoUso the last day it authenticated a request (kept to the day); null if never used
 */
public record TokenVisible(
        long id,
        String nombre,
        String prefijo,
        OffsetDateTime creado,
        OffsetDateTime caduca,
        OffsetDateTime revocado,
        LocalDate ultimoUso) {

    /** How a token stands at a given moment. */
    public enum Situacion {
        VIGENTE,
        CADUCADO,
        REVOCADO
    }

    public Situacion situacion(Instant ahora) {
        if (revocado != null) {
            return Situacion.REVOCADO;
        }
        return ahora.isBefore(caduca.toInstant()) ? Situacion.VIGENTE : Situacion.CADUCADO;
    }
}
