package es.tgss.casia.lote;

import es.tgss.casia.caso.CicloDeVidaCaso;
import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Launches the nightly jobs and lets operations follow, stop and restart them. Every instance of CASIA has the
 * nightly timer ({@link TemporizadorNocturno}: non-persistent, because persistent timers do not fail over reliably on
 * Payara, DESIGN.md); the row of (trabajo, día) in ejecucion_programada decides which instance runs the job of the
 * night: the first to insert it.
 *
 * <p>The job gets two parameters and derives nothing else: {@code fechaReferencia}, the Madrid day whose night it
 * is (a case is due when its stored last day is before it), and {@code instante}, the time of the action. A restart
 * passes them again as they were.
 *
 * <p>Runs as the system identity: whatever this bean calls, and the job it starts (the batch runtime runs it with
 * the security context of the thread that starts it), acts as {@value Rol#PRINCIPAL_SISTEMA}, never as the ops user
 * who pressed the button.
 */
@Stateless
@RunAs(Rol.Nombre.SISTEMA)
public class ProgramacionNocturna {

    public static final String CIERRE_DE_OFICIO = "cierre-de-oficio";
    /** The job parameters (the contract with the JSL). */
    public static final String FECHA_REFERENCIA = "fechaReferencia";

    public static final String INSTANTE = "instante";
    /** How far back operations may run a missed night. */
    public static final int DIAS_ATRAS = 31;
    /** The field of {@link #lanzarPara}'s errors. */
    public static final String CAMPO_FECHA = "fecha";

    private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Logger LOG = Logger.getLogger(ProgramacionNocturna.class.getName());

    @Inject
    private EjecucionesProgramadas ejecuciones;

    @Inject
    private Configuracion configuracion;

    @Inject
    private Clock reloj;

    /**
     * Starts the job for that day unless an instance already did. Outside any transaction: the batch runtime keeps
     * its job repository in the same database and must not join ours. Only the system calls it (the timer and the
     * methods below, from inside this bean): a night or an instant of a user's choosing could close cases before
     * their time.
     *
     * @param dia the day of the guard row (one run per job and day)
     * @param fechaReferencia the Madrid day whose night it is: a case is due when its last day is before it
     * @param instante the time of the action (of the closures, of the resoluciones)
     * @return the batch execution id, or empty when the day's run had already been launched
     */
    @RolesAllowed(Rol.Nombre.SISTEMA)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OptionalLong lanzar(String trabajo, LocalDate dia, LocalDate fechaReferencia, Instant instante) {
        Instant lanzada = reloj.instant();
        if (!ejecuciones.reservar(trabajo, dia, lanzada, lanzada.minus(configuracion.latidoCaducado()))) {
            LOG.info(() -> "El trabajo " + trabajo + " del día " + dia + " ya se había lanzado");
            return OptionalLong.empty();
        }
        Properties parametros = new Properties();
        parametros.setProperty(FECHA_REFERENCIA, fechaReferencia.toString());
        parametros.setProperty(INSTANTE, instante.toString());
        long id;
        try {
            id = BatchRuntime.getJobOperator().start(trabajo, parametros);
        } catch (RuntimeException e) {
            ejecuciones.liberar(trabajo, dia);
            throw e;
        }
        ejecuciones.anotar(trabajo, dia, id);
        LOG.info(() -> "Lanzado " + trabajo + " del día " + dia + " (ejecución " + id + ", fechaReferencia "
                + fechaReferencia + ", instante " + instante + ")");
        return OptionalLong.of(id);
    }

    /**
     * Tonight's run, as the timer launches it. Open to any caller because the timer has none (it runs as this
     * bean's system identity from here on): it chooses nothing, and launches only what the timer would.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OptionalLong lanzarEstaNoche() {
        return lanzarHoy();
    }

    /** Operations launch tonight's cierre de oficio by hand (if the timer did not, or the night has not come). */
    @RolesAllowed(Rol.Nombre.OPS)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OptionalLong lanzarAhora() {
        return lanzarHoy();
    }

    private OptionalLong lanzarHoy() {
        Instant ahora = reloj.instant();
        LocalDate hoy = LocalDate.ofInstant(ahora, CicloDeVidaCaso.ZONA);
        return lanzar(CIERRE_DE_OFICIO, hoy, hoy, ahora);
    }

    /**
     * Operations run a night that was missed (the servers were down at the hour): its day is the job's
     * fechaReferencia, the action's time is now. Not a future night (it would close cases before their time), nor
     * one older than {@value #DIAS_ATRAS} days.
     *
     * @return the batch execution id, or empty when that night's run had already been launched
     * @throws ErrorDeNegocio {@link CodigoError#CAMPO_INVALIDO} in the field {@value #CAMPO_FECHA}
     */
    @RolesAllowed(Rol.Nombre.OPS)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OptionalLong lanzarPara(LocalDate fecha) {
        Instant ahora = reloj.instant();
        LocalDate hoy = LocalDate.ofInstant(ahora, CicloDeVidaCaso.ZONA);
        if (fecha == null) {
            throw ErrorDeNegocio.enCampo(CAMPO_FECHA, "lote.fecha.obligatoria");
        }
        if (fecha.isAfter(hoy)) {
            throw ErrorDeNegocio.enCampo(CAMPO_FECHA, "lote.fecha.futura", hoy.format(DIA));
        }
        LocalDate primera = hoy.minusDays(DIAS_ATRAS);
        if (fecha.isBefore(primera)) {
            throw ErrorDeNegocio.enCampo(CAMPO_FECHA, "lote.fecha.antigua", DIAS_ATRAS, primera.format(DIA));
        }
        return lanzar(CIERRE_DE_OFICIO, fecha, fecha, ahora);
    }

    /**
     * Asks a running execution to stop: it ends STOPPED after its current chunk, and can be restarted. An interrupted
     * one (its server is gone) is not stopped but restarted.
     */
    @RolesAllowed(Rol.Nombre.OPS)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void detener(long idEjecucion) {
        JobOperator operador = BatchRuntime.getJobOperator();
        String estado = ejecucion(operador, idEjecucion).getBatchStatus().name();
        if (interrumpida(idEjecucion, estado)) {
            throw new ErrorDeNegocio(CodigoError.EJECUCION_NO_PERMITIDA, "lote.interrumpidaNoSeDetiene", idEjecucion);
        }
        if (!ReglaDeEjecucion.detenible(estado, false)) {
            throw new ErrorDeNegocio(CodigoError.EJECUCION_NO_PERMITIDA, "lote.noDetenible", idEjecucion);
        }
        try {
            operador.stop(idEjecucion);
        } catch (JobExecutionNotRunningException e) {
            throw new ErrorDeNegocio(CodigoError.EJECUCION_NO_PERMITIDA, "lote.noDetenible", idEjecucion);
        }
        LOG.info(() -> "Pedida la detención de la ejecución " + idEjecucion);
    }

    /**
     * Restarts a failed or stopped run from its checkpoint with its original parameters (the batch runtime replaces
     * them, it does not merge); only the most recent execution of a run can be restarted, so two operators
     * restarting the same run at once get one restart and one refusal. An interrupted run (its server was killed:
     * the repository calls it STARTED for ever and the runtime refuses to restart it) is launched again as a new job
     * instance with the same parameters; the job is idempotent (closed cases are not read again, one resolución per
     * case is a database constraint), and taking the run is atomic on its row, so it too is launched once. The day's
     * row then names the new execution.
     *
     * @return the new execution id
     */
    @RolesAllowed(Rol.Nombre.OPS)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long reanudar(long idEjecucion) {
        JobOperator operador = BatchRuntime.getJobOperator();
        JobExecution ejecucion = ejecucion(operador, idEjecucion);
        String estado = ejecucion.getBatchStatus().name();
        Instant ahora = reloj.instant();
        long nueva;
        if (interrumpida(idEjecucion, estado)) {
            if (!ejecuciones.tomarInterrumpida(idEjecucion, ahora.minus(configuracion.latidoCaducado()), ahora)) {
                throw noReanudable(idEjecucion);
            }
            nueva = operador.start(ejecucion.getJobName(), operador.getParameters(idEjecucion));
        } else if (ReglaDeEjecucion.reanudable(estado, false)) {
            try {
                nueva = operador.restart(idEjecucion, operador.getParameters(idEjecucion));
            } catch (JobRestartException
                    | JobExecutionAlreadyCompleteException
                    | JobExecutionNotMostRecentException e) {
                LOG.log(Level.INFO, "No se reanuda la ejecución " + idEjecucion, e);
                throw noReanudable(idEjecucion);
            }
        } else {
            throw noReanudable(idEjecucion);
        }
        ejecuciones.sustituir(idEjecucion, nueva, ahora);
        LOG.info(() -> "Reanudada la ejecución " + idEjecucion + " (" + estado + ") como " + nueva);
        return nueva;
    }

    private static ErrorDeNegocio noReanudable(long idEjecucion) {
        return new ErrorDeNegocio(CodigoError.EJECUCION_NO_PERMITIDA, "lote.noReanudable", idEjecucion);
    }

    private static JobExecution ejecucion(JobOperator operador, long idEjecucion) {
        try {
            return operador.getJobExecution(idEjecucion);
        } catch (NoSuchJobExecutionException e) {
            throw new ErrorDeNegocio(CodigoError.EJECUCION_NO_PERMITIDA, "lote.noEncontrada", idEjecucion);
        }
    }

    /** Whether the row that names this execution has gone silent for longer than the timeout. */
    private boolean interrumpida(long idEjecucion, String estado) {
        return ejecuciones
                .deLaEjecucion(idEjecucion)
                .map(f -> interrumpida(estado, f, reloj.instant()))
                .orElse(false);
    }

    private boolean interrumpida(String estado, EjecucionesProgramadas.Fila fila, Instant ahora) {
        return ReglaDeEjecucion.interrumpida(
                estado,
                fila.latido() == null ? null : fila.latido().toInstant(),
                fila.inicio().toInstant(),
                ahora,
                configuracion.latidoCaducado());
    }

    /** The latest nights, newest first, with the state of each batch execution, its steps and its errors. */
    @RolesAllowed(Rol.Nombre.OPS)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<EjecucionNocturna> ultimas(int maximo) {
        JobOperator operador = BatchRuntime.getJobOperator();
        Instant ahora = reloj.instant();
        List<EjecucionNocturna> lista = new ArrayList<>();
        for (EjecucionesProgramadas.Fila fila : ejecuciones.ultimas(maximo)) {
            lista.add(vista(operador, fila, ahora));
        }
        return lista;
    }

    /** The night whose row names this execution, as {@link #ultimas} shows it; empty when no row names it. */
    @RolesAllowed(Rol.Nombre.OPS)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<EjecucionNocturna> ejecucion(long idEjecucion) {
        return ejecuciones
                .deLaEjecucion(idEjecucion)
                .map(fila -> vista(BatchRuntime.getJobOperator(), fila, reloj.instant()));
    }

    private EjecucionNocturna vista(JobOperator operador, EjecucionesProgramadas.Fila fila, Instant ahora) {
        Long id = fila.idEjecucion();
        Instant latido = fila.latido() == null ? null : fila.latido().toInstant();
        String estado = null;
        Instant inicio = null;
        Instant fin = null;
        String salidaDelTrabajo = null;
        List<PasoDeEjecucion> pasos = new ArrayList<>();
        if (id != null) {
            try {
                JobExecution ejecucion = operador.getJobExecution(id);
                estado = ejecucion.getBatchStatus().name();
                inicio = instante(ejecucion.getStartTime());
                fin = instante(ejecucion.getEndTime());
                salidaDelTrabajo = ejecucion.getExitStatus();
                operador.getStepExecutions(id).stream()
                        .sorted(Comparator.comparing(
                                StepExecution::getStartTime, Comparator.nullsLast(Comparator.naturalOrder())))
                        .map(p -> paso(p, ahora))
                        .forEach(pasos::add);
            } catch (NoSuchJobExecutionException e) {
                // The job repository was cleaned, or lives elsewhere: the row is all there is.
                LOG.fine(() -> "La ejecución " + id + " no está en el repositorio de lotes");
            }
        }
        boolean interrumpida = estado != null && interrumpida(estado, fila, ahora);
        return new EjecucionNocturna(
                fila.trabajo(),
                fila.dia(),
                fila.inicio().toInstant(),
                id,
                fila.idAnterior(),
                estado,
                inicio,
                fin,
                duracion(inicio, fin, interrumpida ? latido : ahora),
                latido,
                interrumpida,
                pasos,
                errores(estado, salidaDelTrabajo, pasos));
    }

    private static PasoDeEjecucion paso(StepExecution paso, Instant ahora) {
        Instant inicio = instante(paso.getStartTime());
        Instant fin = instante(paso.getEndTime());
        return new PasoDeEjecucion(
                paso.getStepName(),
                paso.getBatchStatus() == null ? null : paso.getBatchStatus().name(),
                paso.getExitStatus(),
                inicio,
                fin,
                duracion(inicio, fin, ahora));
    }

    /**
     * What went wrong: each failed step with its exit status, and the job's exit status when the job failed and it
     * says something no step said.
     */
    static List<String> errores(String estado, String salidaDelTrabajo, List<PasoDeEjecucion> pasos) {
        List<String> errores = new ArrayList<>();
        for (PasoDeEjecucion paso : pasos) {
            if (paso.isFallido()) {
                errores.add(paso.getNombre() + ": "
                        + Optional.ofNullable(paso.getSalida()).orElse("FAILED"));
            }
        }
        boolean diceAlgoMas = salidaDelTrabajo != null
                && !salidaDelTrabajo.equals(estado)
                && pasos.stream().noneMatch(p -> salidaDelTrabajo.equals(p.getSalida()));
        if ("FAILED".equals(estado) && (errores.isEmpty() || diceAlgoMas)) {
            errores.add(salidaDelTrabajo == null ? "FAILED" : salidaDelTrabajo);
        }
        return errores;
    }

    private static Duration duracion(Instant inicio, Instant fin, Instant hastaAhora) {
        if (inicio == null) {
            return null;
        }
        Instant hasta = fin != null ? fin : hastaAhora;
        return hasta == null || hasta.isBefore(inicio) ? Duration.ZERO : Duration.between(inicio, hasta);
    }

    private static Instant instante(Date fecha) {
        return fecha == null ? null : fecha.toInstant();
    }
}
