package es.tgss.casia.web.ops;

import es.tgss.casia.caso.CicloDeVidaCaso;
import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.lote.EjecucionNocturna;
import es.tgss.casia.lote.ProgramacionNocturna;
import es.tgss.casia.web.Mensajes;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * ops/index.xhtml — the nightly runs, newest first, each with its steps, counts, duration and errors; launch
 * tonight's cierre de oficio or a missed night, stop a running one, restart a failed, stopped or interrupted one.
 */
@Named
@RequestScoped
public class TrabajosNocturnosBacking {

    static final int MOSTRADAS = 14;
    private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter FECHA_Y_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final Logger LOG = Logger.getLogger(TrabajosNocturnosBacking.class.getName());

    @Inject
    private ProgramacionNocturna programacion;

    @Inject
    private Configuracion configuracion;

    private List<EjecucionNocturna> ejecuciones;

    /** The night of the form "Ejecutar una noche no procesada". */
    private LocalDate fecha;

    public List<EjecucionNocturna> getEjecuciones() {
        if (ejecuciones == null) {
            ejecuciones = programacion.ultimas(MOSTRADAS);
        }
        return ejecuciones;
    }

    public LocalDate getFecha() {
        return fecha;
    }

    public void setFecha(LocalDate fecha) {
        this.fecha = fecha;
    }

    /** The oldest night the form accepts, for the input's {@code min}. */
    public LocalDate getFechaMinima() {
        return hoy().minusDays(ProgramacionNocturna.DIAS_ATRAS);
    }

    public LocalDate getHoy() {
        return hoy();
    }

    private LocalDate hoy() {
        return LocalDate.now(CicloDeVidaCaso.ZONA);
    }

    /** The time of the nightly timer, HH:mm. */
    public String getHora() {
        return configuracion.horaTrabajosNocturnos().toString();
    }

    /** How long a run may stay silent before it is shown interrupted: "2 min", "90 s". */
    public String getCaducidad() {
        long segundos = configuracion.latidoCaducado().toSeconds();
        return segundos % 60 == 0 ? segundos / 60 + " min" : segundos + " s";
    }

    public int getDiasAtras() {
        return ProgramacionNocturna.DIAS_ATRAS;
    }

    /** A date and time in the service's zone, as the other pages write them; empty for none. */
    public String fechaHora(Instant instante) {
        return instante == null
                ? ""
                : instante.atZone(configuracion.zonaHoraria()).format(FECHA_Y_HORA);
    }

    public void lanzarCierreDeOficio() {
        OptionalLong id = programacion.lanzarAhora();
        if (id.isPresent()) {
            Mensajes.info("ops.lote.lanzado", String.valueOf(id.getAsLong()));
        } else {
            Mensajes.error("ops.lote.yaLanzado");
        }
        ejecuciones = null;
    }

    /** "Ejecutar una noche no procesada": the date's message beside the field, the date kept. */
    public void lanzarNoche() {
        try {
            OptionalLong id = programacion.lanzarPara(fecha);
            if (id.isPresent()) {
                Mensajes.info("ops.lote.noche.lanzada", fecha.format(DIA), String.valueOf(id.getAsLong()));
            } else {
                Mensajes.errorEnCampo(ProgramacionNocturna.CAMPO_FECHA, "ops.lote.noche.yaLanzada", fecha.format(DIA));
            }
        } catch (ErrorDeNegocio e) {
            Mensajes.error(e);
        }
        ejecuciones = null;
    }

    public void detener(long idEjecucion) {
        try {
            programacion.detener(idEjecucion);
            Mensajes.info("ops.lote.detenida", String.valueOf(idEjecucion));
        } catch (ErrorDeNegocio e) {
            Mensajes.error(e);
        } catch (BatchRuntimeException | EJBException e) {
            LOG.log(Level.WARNING, "No se detiene la ejecución " + idEjecucion, e);
            Mensajes.error("ops.lote.noDetenida", String.valueOf(idEjecucion));
        }
        ejecuciones = null;
    }

    public void reanudar(long idEjecucion) {
        try {
            Mensajes.info(
                    "ops.lote.reanudado",
                    String.valueOf(idEjecucion),
                    String.valueOf(programacion.reanudar(idEjecucion)));
        } catch (ErrorDeNegocio e) {
            Mensajes.error(e);
        } catch (BatchRuntimeException | EJBException e) {
            // Already restarted by someone else, or no longer restartable: say so, keep the page.
            LOG.log(Level.INFO, "No se reanuda la ejecución " + idEjecucion, e);
            Mensajes.error("ops.lote.noReanudable", String.valueOf(idEjecucion));
        }
        ejecuciones = null;
    }
}
