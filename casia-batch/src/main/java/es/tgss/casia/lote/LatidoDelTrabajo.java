package es.tgss.casia.lote;

import es.tgss.casia.configuracion.Configuracion;
import jakarta.batch.api.chunk.listener.ChunkListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The heartbeat of a nightly run: at the start and end of each step, and after a chunk when the last beat is a
 * quarter of the timeout old, the time is written on the row of ejecucion_programada that names the execution. A
 * run whose server was killed stops beating, and the operations page shows it as interrupted once the timeout
 * ({@link Configuracion#latidoCaducado()}) has passed ({@link ReglaDeEjecucion#interrumpida}).
 *
 * <p>Each step of a job lists it: {@code <listeners><listener ref="latidoDelTrabajo"/></listeners>}. A beat that
 * cannot be written is logged and the run goes on: the heartbeat must never be the reason a run fails.
 */
@Named("latidoDelTrabajo")
@Dependent
public class LatidoDelTrabajo implements ChunkListener, StepListener {

    private static final Logger LOG = Logger.getLogger(LatidoDelTrabajo.class.getName());

    @Inject
    private JobContext trabajo;

    @Inject
    private EjecucionesProgramadas ejecuciones;

    @Inject
    private Configuracion configuracion;

    @Inject
    private Clock reloj;

    /** The last beat written, null until one found its row. */
    private Instant ultimo;

    @Override
    public void beforeStep() {
        latir();
    }

    @Override
    public void afterStep() {
        latir();
    }

    @Override
    public void beforeChunk() {
        // The beat comes after the chunk: it says the chunk's work is done.
    }

    @Override
    public void onError(Exception e) {
        // A failing chunk is no news of life.
    }

    @Override
    public void afterChunk() {
        Duration intervalo = configuracion.latidoCaducado().dividedBy(4);
        if (ultimo == null || !reloj.instant().isBefore(ultimo.plus(intervalo))) {
            latir();
        }
    }

    private void latir() {
        Instant ahora = reloj.instant();
        long id = trabajo.getExecutionId();
        try {
            if (ejecuciones.latir(id, ahora)) {
                ultimo = ahora;
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "No se anota el latido de la ejecución " + id + " (" + trabajo.getJobName() + ")",
                    e);
        }
    }
}
