package es.tgss.casia.lote;

import es.tgss.casia.caso.CicloDeVidaCaso;
import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Launches the nightly jobs. Every instance of CASIA has this non-persistent timer (persistent timers do not fail
 * over reliably on Payara, DESIGN.md); the row of (trabajo, día) in ejecucion_programada decides which instance
 * runs the job of the night: the first to insert it.
 *
 * <p>Runs as the system identity: whatever this bean calls, and the job it starts (the batch runtime runs it with
 * the security context of the thread that starts it), acts as {@value Rol#PRINCIPAL_SISTEMA}, never as the ops user
 * who pressed the button, and the nightly timer, which has no caller, gets an identity too.
 */
@Stateless
@RunAs(Rol.Nombre.SISTEMA)
public class ProgramacionNocturna {

    public static final String CIERRE_DE_OFICIO = "cierre-de-oficio";
    private static final Logger LOG = Logger.getLogger(ProgramacionNocturna.class.getName());

    @Inject
    private EjecucionesProgramadas ejecuciones;

    @Inject
    private Configuracion configuracion;

    @Inject
    private Clock reloj;

    /**
     * 03:30 in Madrid (the calendar of the 20 natural days): the day has ended everywhere in Spain, and the hour
     * exists exactly once every night (02:00–03:00 is skipped in late March and repeated in late October).
     */
    @Schedule(hour = "3", minute = "30", timezone = "Europe/Madrid", persistent = false, info = CIERRE_DE_OFICIO)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void cadaNoche() {
        if (!configuracion.trabajosNocturnos()) {
            return;
        }
        Instant ahora = reloj.instant();
        LocalDate hoy = LocalDate.ofInstant(ahora, CicloDeVidaCaso.ZONA);
        lanzar(CIERRE_DE_OFICIO, hoy, hoy, ahora);
    }

    /**
     * Starts the job for that day unless an instance already did. Outside any transaction: the batch runtime keeps
     * its job repository in the same database and must not join ours. Only the system calls it (the timer and the
     * methods below, from inside this bean): a cut-off of a user's choosing could close cases before their time.
     *
     * @param dia             the night the run belongs to (one run per job and day)
     * @param fechaReferencia the cut-off: a case is due when its last day to answer is before it
     * @param instante        the instant the run's actions are dated with
     * @return the batch execution id, or empty when the day's run had already been launched
     */
    @RolesAllowed(Rol.Nombre.SISTEMA)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OptionalLong lanzar(String trabajo, LocalDate dia, LocalDate fechaReferencia, Instant instante) {
        if (!ejecuciones.reservar(trabajo, dia, instante)) {
            LOG.info(() -> "El trabajo " + trabajo + " del día " + dia + " ya se había lanzado");
            return OptionalLong.empty();
        }
        Properties parametros = new Properties();
        parametros.setProperty("fechaReferencia", fechaReferencia.toString());
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

    /** Operations launch tonight's cierre de oficio by hand (if the timer did not, or the night has not come). */
    @RolesAllowed(Rol.Nombre.OPS)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OptionalLong lanzarAhora() {
        Instant ahora = reloj.instant();
        LocalDate hoy = LocalDate.ofInstant(ahora, CicloDeVidaCaso.ZONA);
        return lanzar(CIERRE_DE_OFICIO, hoy, hoy, ahora);
    }

    /**
     * Restarts a failed or stopped run with its original parameters (the batch runtime replaces them, it does not
     * merge). Only the most recent execution of a run can be restarted, so two operators restarting the same run at
     * once get one restart and one refusal from the runtime.
     *
     * @return the new execution id
     */
    @RolesAllowed(Rol.Nombre.OPS)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long reanudar(long idEjecucion) {
        JobOperator operador = BatchRuntime.getJobOperator();
        Properties parametros = operador.getParameters(idEjecucion);
        long nueva = operador.restart(idEjecucion, parametros);
        ejecuciones.sustituir(idEjecucion, nueva);
        LOG.info(() -> "Reanudada la ejecución " + idEjecucion + " como " + nueva);
        return nueva;
    }

    /** The latest nights, newest first, with the state of each batch execution. */
    @RolesAllowed(Rol.Nombre.OPS)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<EjecucionNocturna> ultimas(int maximo) {
        JobOperator operador = BatchRuntime.getJobOperator();
        List<EjecucionNocturna> lista = new ArrayList<>();
        for (EjecucionesProgramadas.Fila fila : ejecuciones.ultimas(maximo)) {
            Long id = fila.idEjecucion();
            String estado = null;
            String resultado = null;
            if (id != null) {
                try {
                    estado = operador.getJobExecution(id).getBatchStatus().name();
                    resultado = operador.getStepExecutions(id).stream()
                            .map(StepExecution::getExitStatus)
                            .filter(java.util.Objects::nonNull)
                            .reduce((a, b) -> b)
                            .orElse(null);
                } catch (NoSuchJobExecutionException e) {
                    estado = null; // the batch repository was cleaned: only our row remains
                }
            }
            lista.add(new EjecucionNocturna(fila.trabajo(), fila.dia(), fila.inicio(), id, estado, resultado));
        }
        return lista;
    }
}
