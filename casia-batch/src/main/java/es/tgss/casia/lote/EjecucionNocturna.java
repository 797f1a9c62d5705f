package es.tgss.casia.lote;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One night's run of a job as operations see it: the guard row and, once started, the batch execution. */
public class EjecucionNocturna {

    private final String trabajo;
    private final LocalDate dia;
    private final OffsetDateTime inicio;
    private final Long idEjecucion;
    private final String estado;
    private final String resultado;

    EjecucionNocturna(
            String trabajo, LocalDate dia, OffsetDateTime inicio, Long idEjecucion, String estado, String resultado) {
        this.trabajo = trabajo;
        this.dia = dia;
        this.inicio = inicio;
        this.idEjecucion = idEjecucion;
        this.estado = estado;
        this.resultado = resultado;
    }

    public String getTrabajo() {
        return trabajo;
    }

    public LocalDate getDia() {
        return dia;
    }

    public OffsetDateTime getInicio() {
        return inicio;
    }

    /** {@code null} when the run never started. */
    public Long getIdEjecucion() {
        return idEjecucion;
    }

    /** The batch status (STARTED, COMPLETED, FAILED…), or {@code null} when unknown. */
    public String getEstado() {
        return estado;
    }

    /** The last step's exit status (for the cierre de oficio, "CERRADOS=n SIN_CERRAR=m"). */
    public String getResultado() {
        return resultado;
    }

    /** A failed or stopped run can be restarted; closed cases stay closed and the rest are picked up. */
    public boolean isReanudable() {
        return "FAILED".equals(estado) || "STOPPED".equals(estado);
    }
}
