package es.tgss.casia.web.acceso;

import es.tgss.casia.web.limite.IntentosFallidos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * How many logins an account and a client address may get wrong before they must wait (the rule is in
 * {@link IntentosFallidos#desdeElFallo}). Without it, 50 wrong passwords and then the right one logged in, at about five tries
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

    /**
     * The size of {@code usuario.login}. A longer name is no account: it is refused before the password is checked,
     * and never kept as a key, since whoever posts past the form's {@code maxlength} could fill the memory with
     * names of a megabyte.
     */
    public static final int LONGITUD_MAXIMA_DEL_USUARIO = 64;

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
        cuentas = new IntentosFallidos(IntentosFallidos.desdeElFallo(FALLOS_POR_CUENTA), reloj);
        direcciones = new IntentosFallidos(IntentosFallidos.desdeElFallo(FALLOS_POR_DIRECCION), reloj);
    }

    /**
     * Reserves a try for this user from this address, before the password is checked: empty when it may be checked
     * now, and then it must be answered with {@link #fallo}, {@link #exito} or {@link #devolver}; else how long they
     * must wait, and nothing is reserved.
     */
    public Optional<Duration> intentar(String usuario, String direccion) {
        Optional<Duration> cuenta = cuentas.intentar(usuario);
        Optional<Duration> desdeLaDireccion = direcciones.intentar(direccion);
        // Refused by either, the try is reserved by neither.
        if (cuenta.isPresent() && desdeLaDireccion.isEmpty()) {
            direcciones.devolver(direccion);
        }
        if (desdeLaDireccion.isPresent() && cuenta.isEmpty()) {
            cuentas.devolver(usuario);
        }
        return mayor(cuenta, desdeLaDireccion);
    }

    /** The reserved try had a wrong user or password; returns how long they must now wait, if this locked them. */
    public Optional<Duration> fallo(String usuario, String direccion) {
        Optional<Duration> espera = mayor(cuentas.fallo(usuario), direcciones.fallo(direccion));
        registrar(usuario, direccion, espera);
        return espera;
    }

    /**
     * A right password clears the account's count. The address keeps its count: an attacker who owns one account
     * must not be able to wipe, with it, the failures of all the accounts they are guessing from that address.
     */
    public void exito(String usuario, String direccion) {
        cuentas.acierto(usuario);
        direcciones.devolver(direccion);
    }

    /** The password could not be checked (the database failed): the reserved try is given back, uncounted. */
    public void devolver(String usuario, String direccion) {
        cuentas.devolver(usuario);
        direcciones.devolver(direccion);
    }

    /**
     * A user name longer than {@link #LONGITUD_MAXIMA_DEL_USUARIO}: a wrong login of the address alone, with no key
     * for the name. Returns how long they must wait, if the address is locked or this failure locked it.
     */
    public Optional<Duration> usuarioDemasiadoLargo(String usuario, String direccion) {
        Optional<Duration> bloqueada = direcciones.intentar(direccion);
        if (bloqueada.isPresent()) {
            return bloqueada;
        }
        Optional<Duration> espera = direcciones.fallo(direccion);
        registrar(usuario, direccion, espera);
        return espera;
    }

    private static void registrar(String usuario, String direccion, Optional<Duration> espera) {
        LOG.warning(() -> "Acceso fallido: usuario=" + paraElRegistro(usuario) + " direccion=" + direccion
                + espera.map(d -> " bloqueado " + d.toSeconds() + " s").orElse(""));
    }

    private static Optional<Duration> mayor(Optional<Duration> a, Optional<Duration> b) {
        return Stream.of(a, b).flatMap(Optional::stream).max(Duration::compareTo);
    }

    /** What the user typed, made harmless for a log line: no line breaks or control characters, no longer than a user name. */
    static String paraElRegistro(String usuario) {
        String limpio = usuario.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .limit(LONGITUD_MAXIMA_DEL_USUARIO)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return "'" + limpio + "'";
    }
}
