package es.tgss.casia.lote;

import es.tgss.casia.caso.CicloDeVidaCaso;
import es.tgss.casia.configuracion.Configuracion;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The nightly timer, created at start-up at {@link Configuracion#horaTrabajosNocturnos()} on the Madrid calendar
 * (CASIA_NIGHTLY_JOBS_TIME, 03:30 by default). Non-persistent, so every instance has one (persistent timers do not
 * fail over reliably on Payara, DESIGN.md): the row of (trabajo, día) of {@link ProgramacionNocturna} makes the run
 * once per cluster. An instance with CASIA_NIGHTLY_JOBS=false creates none.
 */
@Singleton
@Startup
public class TemporizadorNocturno {

    private static final Logger LOG = Logger.getLogger(TemporizadorNocturno.class.getName());

    @Resource
    private TimerService temporizadores;

    @Inject
    private Configuracion configuracion;

    @Inject
    private ProgramacionNocturna programacion;

    @PostConstruct
    void programar() {
        if (!configuracion.trabajosNocturnos()) {
            LOG.info("Trabajos nocturnos desactivados en esta instancia (CASIA_NIGHTLY_JOBS=false)");
            return;
        }
        LocalTime hora = configuracion.horaTrabajosNocturnos();
        ScheduleExpression cadaNoche = new ScheduleExpression()
                .hour(hora.getHour())
                .minute(hora.getMinute())
                .second(0)
                .timezone(CicloDeVidaCaso.ZONA.getId());
        temporizadores.createCalendarTimer(cadaNoche, new TimerConfig(ProgramacionNocturna.CIERRE_DE_OFICIO, false));
        LOG.info(() -> "Trabajos nocturnos programados cada noche a las " + hora + " (" + CicloDeVidaCaso.ZONA + ")");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void cadaNoche(Timer temporizador) {
        try {
            programacion.lanzarEstaNoche();
        } catch (RuntimeException e) {
            // A failed launch gives its day back (ProgramacionNocturna.lanzar): ops see no run and launch it.
            LOG.log(Level.SEVERE, "No se ha podido lanzar el trabajo nocturno " + temporizador.getInfo(), e);
        }
    }
}
