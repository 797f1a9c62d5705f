package es.tgss.casia.lote;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** One step of a nightly run as operations see it: its status, its counts (its exit status) and its duration. */
public class PasoDeEjecucion {

    private final String nombre;
    private final String estado;
    private final String salida;
    private final Instant inicio;
    private final Instant fin;
    private final Duration duracion;

    PasoDeEjecucion(String nombre, String estado, String salida, Instant inicio, Instant fin, Duration duracion) {
        this.nombre = nombre;
        this.estado = estado;
        this.salida = salida;
        this.inicio = inicio;
        this.fin = fin;
        this.duracion = duracion;
    }

    /** The step's id in the job's JSL ("cerrar", "emitir"…). */
    public String getNombre() {
        return nombre;
    }

    /** The step's batch status (STARTED, COMPLETED, FAILED…). */
    public String getEstado() {
        return estado;
    }

    /** The step's exit status as the step set it ("CERRADOS=12 OMITIDOS=3"), or the runtime's ("FAILED"). */
    public String getSalida() {
        return salida;
    }

    /** The counts of the exit status, in their order; empty when it carries none. */
    public Map<String, Long> getContadores() {
        return ReglaDeEjecucion.contadores(salida);
    }

    public Instant getInicio() {
        return inicio;
    }

    /** Null while the step runs. */
    public Instant getFin() {
        return fin;
    }

    /** Until its end, or until now while it runs; null when it never started. */
    public Duration getDuracion() {
        return duracion;
    }

    public String getDuracionTexto() {
        return ReglaDeEjecucion.duracion(duracion);
    }

    public boolean isFallido() {
        return "FAILED".equals(estado);
    }
}
