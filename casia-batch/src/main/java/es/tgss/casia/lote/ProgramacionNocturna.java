package es.tgss.casia.lote;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Launches the nightly jobs. Every instance of CASIA has this non-persistent timer (persistent timers do not fail
 * over reliably on Payara, DESIGN.md); the row of (trabajo, día) in ejecucion_programada decides which instance
 * runs the job of the night: the first to insert it.
 */
@Stateless
public class ProgramacionNocturna {

    public static final String CIERRE_DE_OFICIO = "cierre-de-oficio";
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final Logger LOG = Logger.getLogger(ProgramacionNocturna.class.getName());

    @Inject
    private EjecucionesProgramadas ejecuciones;

    /**
     * 03:30 in Madrid: the day has ended everywhere in Spain, and the hour exists exactly once every night (02:00–03:00
     * is skipped on the last Sunday of March and repeated on the last Sunday of October).
     */
    @Schedule(hour = "3", minute = "30", timezone = "Europe/Madrid", persistent = false, info = CIERRE_DE_OFICIO)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void cadaNoche() {
        Instant ahora = Instant.now();
        lanzar(CIERRE_DE_OFICIO, LocalDate.ofInstant(ahora, MADRID), ahora);
    }

    /**
     * Starts the job for that day unless an instance already did. Outside any transaction: the batch runtime keeps
     * its job repository in the same database and must not join ours.
     *
     * @param instante the cut-off the job works to (a case is due when its 20 days have passed at that instant)
     * @return the batch execution id, or empty when the day's run had already been launched
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OptionalLong lanzar(String trabajo, LocalDate dia, Instant instante) {
        if (!ejecuciones.reservar(trabajo, dia, instante)) {
            LOG.info(() -> "El trabajo " + trabajo + " del día " + dia + " ya se había lanzado");
            return OptionalLong.empty();
        }
        Properties parametros = new Properties();
        parametros.setProperty("instante", instante.toString());
        long id;
        try {
            id = BatchRuntime.getJobOperator().start(trabajo, parametros);
        } catch (RuntimeException e) {
            ejecuciones.liberar(trabajo, dia);
            throw e;
        }
        ejecuciones.anotar(trabajo, dia, id);
        LOG.info(() -> "Lanzado " + trabajo + " del día " + dia + " (ejecución " + id + ", corte " + instante + ")");
        return OptionalLong.of(id);
    }
}
