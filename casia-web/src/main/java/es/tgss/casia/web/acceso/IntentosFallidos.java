package es.tgss.casia.web.acceso;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins counted by one kind of key (an account, or a client address). From the {@code umbral}-th failure
 * on, every failure locks the key: one minute the first time, twice as long each further time, fifteen minutes at
 * most. A key is forgotten an hour after its last failure, or when {@link #olvidar} is called.
 * The clock is given so that tests can be exact without waiting.
 */
final class IntentosFallidos {

    static final Duration PRIMER_BLOQUEO = Duration.ofMinutes(1);
    static final Duration BLOQUEO_MAXIMO = Duration.ofMinutes(15);
    static final Duration OLVIDO = Duration.ofHours(1);
    /**
     * Bound on the keys kept, so that a flood of made-up user names cannot fill the memory: past it, keys whose
     * hour has passed go first, then those not locked right now (a running lock is never dropped).
     */
    static final int MAXIMO_DE_CLAVES = 100_000;

    private record Registro(int fallos, Instant ultimo, Instant bloqueadoHasta) {}

    private final int umbral;
    private final Clock reloj;
    private final ConcurrentHashMap<String, Registro> registros = new ConcurrentHashMap<>();

    IntentosFallidos(int umbral, Clock reloj) {
        this.umbral = umbral;
        this.reloj = reloj;
    }

    /** How long the key is still locked for; empty when it may try. */
    Optional<Duration> espera(String clave) {
        Registro r = registros.get(clave);
        Instant ahora = reloj.instant();
        if (r == null || !r.bloqueadoHasta().isAfter(ahora)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(ahora, r.bloqueadoHasta()));
    }

    /** Counts a failure; returns how long the key is now locked for, if this failure locked it. */
    Optional<Duration> fallo(String clave) {
        Instant ahora = reloj.instant();
        if (registros.size() >= MAXIMO_DE_CLAVES) {
            podar(ahora);
        }
        Registro r = registros.compute(clave, (k, anterior) -> {
            int fallos = anterior == null || anterior.ultimo().plus(OLVIDO).isBefore(ahora) ? 1 : anterior.fallos() + 1;
            return new Registro(fallos, ahora, ahora.plus(bloqueo(fallos)));
        });
        return r.bloqueadoHasta().isAfter(ahora)
                ? Optional.of(Duration.between(ahora, r.bloqueadoHasta()))
                : Optional.empty();
    }

    void olvidar(String clave) {
        registros.remove(clave);
    }

    /** Zero below the threshold; then 1, 2, 4, 8 and 15 minutes. */
    Duration bloqueo(int fallos) {
        if (fallos < umbral) {
            return Duration.ZERO;
        }
        int veces = Math.min(fallos - umbral, 4);
        Duration d = PRIMER_BLOQUEO.multipliedBy(1L << veces);
        return d.compareTo(BLOQUEO_MAXIMO) > 0 ? BLOQUEO_MAXIMO : d;
    }

    private void podar(Instant ahora) {
        registros.values().removeIf(r -> r.ultimo().plus(OLVIDO).isBefore(ahora));
        if (registros.size() >= MAXIMO_DE_CLAVES) {
            registros.values().removeIf(r -> !r.bloqueadoHasta().isAfter(ahora));
        }
    }
}
