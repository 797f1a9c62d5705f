package es.tgss.casia.configuracion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock of CASIA. Every action asks it once for its "now" and uses that instant for everything it writes
 * (state, history, messages, notice), so one action never carries two instants.
 */
@ApplicationScoped
public class RelojProductor {

    @Produces
    public Clock reloj() {
        return Clock.systemUTC();
    }
}
