package es.tgss.casia.web.verificar;

import es.tgss.casia.web.limite.IntentosFallidos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * How many wrong CEAs one client address may type on the public verification page. A person who mistypes gets
 * {@value #FALLOS_LIBRES} free tries; then each wrong try makes the next wait longer (2, 4, 8, 16, 32 seconds):
 * slowed down, as a person barely notices and a script does; from the {@value #FALLOS_HASTA_EL_BLOQUEO}th the
 * address is refused for {@link IntentosFallidos#BLOQUEO_MAXIMO}. Other addresses are never slowed. A right CEA
 * does not clear the count: whoever holds one justificante must not be able to reset their guessing with it.
 *
 * <p>The codes have at least 120 random bits, so guessing is hopeless anyway; this keeps a script from turning the
 * page into a load on the database. In memory, per instance, for the reasons given in
 * {@link es.tgss.casia.web.acceso.LimiteDeAccesos}.
 */
@ApplicationScoped
public class LimiteDeVerificaciones {

    static final int FALLOS_LIBRES = 4;
    static final int FALLOS_HASTA_EL_BLOQUEO = 10;

    private static final Logger LOG = Logger.getLogger(LimiteDeVerificaciones.class.getName());

    private IntentosFallidos direcciones;

    /** For CDI, which then gives the application's clock to {@link #preparar}. */
    public LimiteDeVerificaciones() {}

    LimiteDeVerificaciones(Clock reloj) {
        preparar(reloj);
    }

    @Inject
    void preparar(Clock reloj) {
        direcciones = new IntentosFallidos(LimiteDeVerificaciones::espera, reloj);
    }

    /** Zero for the free tries, then 2, 4, 8, 16 and 32 seconds, then the long lock. */
    static Duration espera(int fallos) {
        if (fallos <= FALLOS_LIBRES) {
            return Duration.ZERO;
        }
        if (fallos >= FALLOS_HASTA_EL_BLOQUEO) {
            return IntentosFallidos.BLOQUEO_MAXIMO;
        }
        return Duration.ofSeconds(1L << (fallos - FALLOS_LIBRES));
    }

    /**
     * Reserves a try for the address before anything is looked up: empty when it may go on, and then it must be
     * answered with {@link #fallo} or {@link #acierto}; else how long the address must wait.
     */
    public Optional<Duration> intentar(String direccion) {
        return direcciones.intentar(direccion);
    }

    /** The CEA was malformed or unknown; returns how long the address must now wait, if it must. */
    public Optional<Duration> fallo(String direccion) {
        Optional<Duration> espera = direcciones.fallo(direccion);
        espera.ifPresent(d -> LOG.warning(() -> "Verificación de CEA: demasiados intentos fallidos desde " + direccion
                + ", espera " + d.toSeconds() + " s"));
        return espera;
    }

    /** The CEA was right: the try is given back, the address's failures stay counted. */
    public void acierto(String direccion) {
        direcciones.devolver(direccion);
    }
}
