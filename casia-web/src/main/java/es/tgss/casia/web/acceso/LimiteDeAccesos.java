package es.tgss.casia.web.acceso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * How many logins an account and a client address may get wrong before they must wait (the rule is in
 * {@link IntentosFallidos}). Without it, 50 wrong passwords and then the right one logged in, at about five tries
 * a second. An unknown user name is counted and locked exactly like a real one, so the lock tells nothing about
 * which users exist.
 *
 * <p>The counts live in this instance's memory, not in the database, on purpose: a failed login must not cost a
 * database write (an attacker would turn the lock into a load on the database), and what memory gives up is small.
 * With several instances behind a balancer an attacker gets at most the instances' count times the tries, still a
 * few dozen an hour per account instead of thousands; a restart clears the counts, which gives back five tries.
 * Kept in the database it would also have to be cleaned, and every instance would wait on the same rows.
 */
@ApplicationScoped
public class LimiteDeAccesos {

    /** A person who mistypes gets five tries; a script that guesses gets five, then waits longer each time. */
    static final int FALLOS_POR_CUENTA = 5;
    /**
     * Higher per address: the staff of a gestoría share one public address, and one person's mistakes must not
     * lock the whole office out; a script that sweeps many accounts from one address is still stopped.
     */
    static final int FALLOS_POR_DIRECCION = 20;

    private static final Logger LOG = Logger.getLogger(LimiteDeAccesos.class.getName());

    private IntentosFallidos cuentas;
    private IntentosFallidos direcciones;

    /** For CDI, which then gives the application's clock to {@link #preparar}. */
    public LimiteDeAccesos() {}

    LimiteDeAccesos(Clock reloj) {
        preparar(reloj);
    }

    @Inject
    void preparar(Clock reloj) {
        cuentas = new IntentosFallidos(FALLOS_POR_CUENTA, reloj);
        direcciones = new IntentosFallidos(FALLOS_POR_DIRECCION, reloj);
    }

    /** How long this user, from this address, must still wait before trying; empty when they may try now. */
    public Optional<Duration> espera(String usuario, String direccion) {
        return mayor(cuentas.espera(usuario), direcciones.espera(direccion));
    }

    /** Counts a wrong user or password; returns how long they must now wait, if this failure locked them. */
    public Optional<Duration> fallo(String usuario, String direccion) {
        Optional<Duration> espera = mayor(cuentas.fallo(usuario), direcciones.fallo(direccion));
        LOG.warning(() -> "Acceso fallido: usuario=" + paraElRegistro(usuario) + " direccion=" + direccion
                + espera.map(d -> " bloqueado " + d.toSeconds() + " s").orElse(""));
        return espera;
    }

    /**
     * A right password clears the account's count. The address keeps its count: an attacker who owns one account
     * must not be able to wipe, with it, the failures of all the accounts they are guessing from that address.
     */
    public void exito(String usuario) {
        cuentas.olvidar(usuario);
    }

    private static Optional<Duration> mayor(Optional<Duration> a, Optional<Duration> b) {
        return Stream.of(a, b).flatMap(Optional::stream).max(Duration::compareTo);
    }

    /** What the user typed, made harmless for a log line: no line breaks or control characters, at most 64 characters. */
    static String paraElRegistro(String usuario) {
        String limpio = usuario.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .limit(64)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return "'" + limpio + "'";
    }
}
