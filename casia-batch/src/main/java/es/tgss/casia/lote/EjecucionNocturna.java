package es.tgss.casia.lote;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One night's run of a job as operations see it: the guard row and, once started, the batch execution with its
 * steps, and what may be done with it.
 */
public class EjecucionNocturna {

    private final String trabajo;
    private final LocalDate dia;
    private final Instant lanzada;
    private final Long idEjecucion;
    private final Long idAnterior;
    private final String estado;
    private final Instant inicio;
    private final Instant fin;
    private final Duration duracion;
    private final Instant latido;
    private final boolean interrumpida;
    private final List<PasoDeEjecucion> pasos;
    private final List<String> errores;

    @SuppressWarnings("java:S107") // A read model: every field is one the page shows.
    EjecucionNocturna(
            String trabajo,
            LocalDate dia,
            Instant lanzada,
            Long idEjecucion,
            Long idAnterior,
            String estado,
            Instant inicio,
            Instant fin,
            Duration duracion,
            Instant latido,
            boolean interrumpida,
            List<PasoDeEjecucion> pasos,
            List<String> errores) {
        this.trabajo = trabajo;
        this.dia = dia;
        this.lanzada = lanzada;
        this.idEjecucion = idEjecucion;
        this.idAnterior = idAnterior;
        this.estado = estado;
        this.inicio = inicio;
        this.fin = fin;
        this.duracion = duracion;
        this.latido = latido;
        this.interrumpida = interrumpida;
        this.pasos = List.copyOf(pasos);
        this.errores = List.copyOf(errores);
    }

    public String getTrabajo() {
        return trabajo;
    }

    /** The night: the job's fechaReferencia. */
    public LocalDate getDia() {
        return dia;
    }

    /** When the run was launched (the timer, or an operator). */
    public Instant getLanzada() {
        return lanzada;
    }

    /** {@code null} when the run never started. */
    public Long getIdEjecucion() {
        return idEjecucion;
    }

    /** The execution this one restarted or replaced, or null. */
    public Long getIdAnterior() {
        return idAnterior;
    }

    /** The batch status (STARTED, COMPLETED, FAILED…), or {@code null} when unknown. */
    public String getEstado() {
        return estado;
    }

    /**
     * The state operations read: the batch status, or INTERRUMPIDA for a run the batch repository still calls
     * running but whose server stopped beating.
     */
    public String getSituacion() {
        return interrumpida ? "INTERRUMPIDA" : estado;
    }

    public Instant getInicio() {
        return inicio;
    }

    /** Null while it runs (or when it was interrupted). */
    public Instant getFin() {
        return fin;
    }

    /** Until its end, or until now while it runs. */
    public Duration getDuracion() {
        return duracion;
    }

    public String getDuracionTexto() {
        return ReglaDeEjecucion.duracion(duracion);
    }

    /** The last heartbeat of the run, or null. */
    public Instant getLatido() {
        return latido;
    }

    public boolean isInterrumpida() {
        return interrumpida;
    }

    /** Its steps in the order they ran. */
    public List<PasoDeEjecucion> getPasos() {
        return pasos;
    }

    /** What went wrong: each failed step's exit status, and the job's own exit status when it says more. */
    public List<String> getErrores() {
        return errores;
    }

    /** The last step's exit status (for the cierre de oficio, its counts), or null. */
    public String getResultado() {
        return pasos.isEmpty() ? null : pasos.get(pasos.size() - 1).getSalida();
    }

    /**
     * A failed or stopped run is restarted from its checkpoint; an interrupted one is launched again with the same
     * parameters. Either way closed cases stay closed and the rest are picked up.
     */
    public boolean isReanudable() {
        return idEjecucion != null && ReglaDeEjecucion.reanudable(estado, interrumpida);
    }

    /** A live run can be stopped (it ends STOPPED at its next chunk, and can be restarted). */
    public boolean isDetenible() {
        return idEjecucion != null && ReglaDeEjecucion.detenible(estado, interrumpida);
    }
}
