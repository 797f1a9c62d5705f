package es.tgss.casia.seguridad.token;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A token as its owner sees it in the list: never the token, only the first characters that tell it apart.
 *
 * @param revocado  when it was revoked; null while it is not
 * @param ultimoUso the last day it authenticated a request (kept to the day); null if never used
 */
public record TokenVisible(
        long id, String nombre, String prefijo, Instant creado, Instant caduca, Instant revocado, LocalDate ultimoUso) {

    /** Usable now: neither revoked nor expired. */
    public boolean vigente(Instant ahora) {
        return revocado == null && ahora.isBefore(caduca);
    }
}
