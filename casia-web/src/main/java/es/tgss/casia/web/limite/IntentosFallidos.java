package es.tgss.casia.web.limite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Wrong tries counted by one kind of key (an account, a client address): logins, CEA verifications. How long each
 * failure locks the key is the {@link Escalada} it was made with. A key is forgotten an hour after its last failure,
 * or when a try of it is right ({@link #acierto}).
 *
 * <p>A try is reserved with {@link #intentar} before its password is checked, and answered with {@link #fallo},
 * {@link #acierto} or {@link #devolver}. Tries being checked count as failures for whoever asks meanwhile: checking
 * a password takes about 200 ms, and without the reservation N tries sent at once all passed before the first of
 * them was counted, N guesses per lock instead of {@code umbral}.
 *
 * <p>The clock is given so that tests can be exact without waiting.
 */
public final class IntentosFallidos {

    /** How long the key is locked after its n-th failure in a row (zero: not locked). */
    @FunctionalInterface
    public interface Escalada {
        Duration bloqueo(int fallos);
    }

    static final Duration PRIMER_BLOQUEO = Duration.ofMinutes(1);
    public static final Duration BLOQUEO_MAXIMO = Duration.ofMinutes(15);
    static final Duration OLVIDO = Duration.ofHours(1);
    /**
     * Bound on the keys kept, so that a flood of made-up user names cannot fill the memory: past it, keys whose
     * hour has passed go first, then those not locked right now (a running lock is never dropped).
     */
    static final int MAXIMO_DE_CLAVES = 100_000;

    /** {@code enCurso}: the tries reserved and not answered yet. */
    private record Registro(int fallos, int enCurso, Instant ultimo, Instant bloqueadoHasta) {

        /** Nothing to remember, no lock. */
        static Registro nuevo(Instant ahora) {
            return new Registro(0, 0, ahora, Instant.MIN);
        }

        Registro conUnoMasEnCurso() {
            return new Registro(fallos, enCurso + 1, ultimo, bloqueadoHasta);
        }

        /** One of its tries answered. */
        Registro contestado() {
            // Never below zero: a key forgotten while a try of it was being checked comes back without that try.
            return new Registro(fallos, Math.max(enCurso - 1, 0), ultimo, bloqueadoHasta);
        }

        boolean vacio() {
            return fallos == 0 && enCurso == 0;
        }
    }

    private final Escalada escalada;
    private final Clock reloj;
    private final ConcurrentHashMap<String, Registro> registros = new ConcurrentHashMap<>();

    public IntentosFallidos(Escalada escalada, Clock reloj) {
        this.escalada = escalada;
        this.reloj = reloj;
    }

    /** Zero below the threshold; then 1, 2, 4, 8 and 15 minutes: the logins' rule. */
    public static Escalada desdeElFallo(int umbral) {
        return fallos -> {
            if (fallos < umbral) {
                return Duration.ZERO;
            }
            Duration d = PRIMER_BLOQUEO.multipliedBy(1L << Math.min(fallos - umbral, 4));
            return d.compareTo(BLOQUEO_MAXIMO) > 0 ? BLOQUEO_MAXIMO : d;
        };
    }

    /**
     * Reserves a try for the key, in one step with the check: empty when its password may be checked now; else how
     * long the key must wait, and nothing is reserved.
     */
    public Optional<Duration> intentar(String clave) {
        Instant ahora = reloj.instant();
        if (registros.size() >= MAXIMO_DE_CLAVES) {
            podar(ahora);
        }
        AtomicReference<Optional<Duration>> respuesta = new AtomicReference<>();
        registros.compute(clave, (k, anterior) -> {
            Registro r = vigente(anterior, ahora);
            respuesta.set(espera(r, ahora));
            return respuesta.get().isEmpty() ? r.conUnoMasEnCurso() : r;
        });
        return respuesta.get();
    }

    /** The reserved try was wrong: counts the failure; returns how long the key is now locked for, if this locked it. */
    public Optional<Duration> fallo(String clave) {
        Instant ahora = reloj.instant();
        Registro r = registros.compute(clave, (k, anterior) -> {
            Registro contestado = vigente(anterior, ahora).contestado();
            int fallos = contestado.fallos() + 1;
            return new Registro(fallos, contestado.enCurso(), ahora, ahora.plus(escalada.bloqueo(fallos)));
        });
        return r.bloqueadoHasta().isAfter(ahora)
                ? Optional.of(Duration.between(ahora, r.bloqueadoHasta()))
                : Optional.empty();
    }

    /** The reserved try was right: the key's failures, and its lock, are forgotten. */
    public void acierto(String clave) {
        registros.computeIfPresent(clave, (k, r) -> {
            // Kept only while other tries of the key are being checked, so that they are still counted.
            Registro contestado = r.contestado();
            return contestado.enCurso() == 0 ? null : new Registro(0, contestado.enCurso(), r.ultimo(), Instant.MIN);
        });
    }

    /** The reserved try is given back without being counted: it was no failure of this key. */
    public void devolver(String clave) {
        registros.computeIfPresent(clave, (k, r) -> {
            Registro contestado = r.contestado();
            return contestado.vacio() ? null : contestado;
        });
    }

    /** The key as it stands now: new when it has none, or when its hour has passed. */
    private static Registro vigente(Registro r, Instant ahora) {
        return r == null || r.ultimo().plus(OLVIDO).isBefore(ahora) ? Registro.nuevo(ahora) : r;
    }

    /**
     * How long a new try must wait: until the lock ends; or, when the tries being checked would lock the key if
     * they all failed, as long as that lock would last (the last try before a lock is let through alone).
     */
    private Optional<Duration> espera(Registro r, Instant ahora) {
        if (r.bloqueadoHasta().isAfter(ahora)) {
            return Optional.of(Duration.between(ahora, r.bloqueadoHasta()));
        }
        Duration siFallan = escalada.bloqueo(r.fallos() + r.enCurso());
        return r.enCurso() > 0 && !siFallan.isZero() ? Optional.of(siFallan) : Optional.empty();
    }

    private void podar(Instant ahora) {
        registros.values().removeIf(r -> r.ultimo().plus(OLVIDO).isBefore(ahora));
        if (registros.size() >= MAXIMO_DE_CLAVES) {
            registros.values().removeIf(r -> !r.bloqueadoHasta().isAfter(ahora));
        }
    }
}
