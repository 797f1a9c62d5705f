package es.tgss.casia.lote;

import es.tgss.casia.caso.CicloDeVidaCaso;
import es.tgss.casia.configuracion.Configuracion;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.LastExecution;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.Trigger;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The nightly timer, set at start-up to {@link Configuracion#horaTrabajosNocturnos()} on the Madrid calendar
 * (CASIA_NIGHTLY_JOBS_TIME, 03:30 by default). In memory, so every instance has one (persistent timers do not fail
 * over reliably on Payara, DESIGN.md): the row of (trabajo, día) of {@link ProgramacionNocturna} makes the run once
 * per cluster. An instance with CASIA_NIGHTLY_JOBS=false sets none.
 *
 * <p>A managed scheduled executor with a trigger, not a programmatic EJB timer: on Payara Micro without a cluster
 * (the tests) a bean with a {@code @Timeout} method cannot even deploy ("EJB Timer Service is not available", the
 * persistent timer store needs Hazelcast), while {@code @Schedule} cannot take its hour from the configuration.
 */
@Singleton
@Startup
public class TemporizadorNocturno {

    private static final Logger LOG = Logger.getLogger(TemporizadorNocturno.class.getName());

    @Resource
    private ManagedScheduledExecutorService planificador;

    @Inject
    private Configuracion configuracion;

    @Inject
    private ProgramacionNocturna programacion;

    private ScheduledFuture<?> tarea;

    @PostConstruct
    void programar() {
        if (!configuracion.trabajosNocturnos()) {
            LOG.info("Trabajos nocturnos desactivados en esta instancia (CASIA_NIGHTLY_JOBS=false)");
            return;
        }
        LocalTime hora = configuracion.horaTrabajosNocturnos();
        ProgramacionNocturna lanzador = programacion;
        tarea = planificador.schedule(() -> lanzarEstaNoche(lanzador), new CadaNoche(hora));
        LOG.info(() -> "Trabajos nocturnos programados cada noche a las " + hora + " (" + CicloDeVidaCaso.ZONA
                + "); la próxima, " + siguiente(Instant.now(), hora));
    }

    @PreDestroy
    void cancelar() {
        if (tarea != null) {
            tarea.cancel(false);
        }
    }

    private static void lanzarEstaNoche(ProgramacionNocturna lanzador) {
        try {
            lanzador.lanzarEstaNoche();
        } catch (RuntimeException e) {
            // A failed launch gives its day back (ProgramacionNocturna.lanzar): ops see no run and launch it.
            LOG.log(
                    Level.SEVERE,
                    "No se ha podido lanzar el trabajo nocturno " + ProgramacionNocturna.CIERRE_DE_OFICIO,
                    e);
        }
    }

    /** The first time after {@code desde} that the Madrid clock shows that time of day. */
    static ZonedDateTime siguiente(Instant desde, LocalTime hora) {
        ZonedDateTime ahora = desde.atZone(CicloDeVidaCaso.ZONA);
        ZonedDateTime candidata = ahora.toLocalDate().atTime(hora).atZone(CicloDeVidaCaso.ZONA);
        return candidata.toInstant().isAfter(desde)
                ? candidata
                : ahora.toLocalDate().plusDays(1).atTime(hora).atZone(CicloDeVidaCaso.ZONA);
    }

    /** Every night at that time of day, Madrid time; never two runs for one night. */
    record CadaNoche(LocalTime hora) implements Trigger {

        @Override
        public Date getNextRunTime(LastExecution ultima, Date programada) {
            Instant desde = Instant.now();
            if (ultima != null
                    && ultima.getRunEnd() != null
                    && ultima.getRunEnd().toInstant().isAfter(desde)) {
                desde = ultima.getRunEnd().toInstant();
            }
            return Date.from(siguiente(desde, hora).toInstant());
        }

        @Override
        public boolean skipRun(LastExecution ultima, Date programada) {
            return false;
        }
    }
}
