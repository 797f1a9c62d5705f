package es.tgss.casia.web.ops;

import es.tgss.casia.lote.EjecucionNocturna;
import es.tgss.casia.lote.ProgramacionNocturna;
import es.tgss.casia.web.Mensajes;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/** ops/index.xhtml — the nightly runs, newest first; launch tonight's cierre de oficio, restart a failed run. */
@Named
@RequestScoped
public class TrabajosNocturnosBacking {

    static final int MOSTRADAS = 14;
    private static final Logger LOG = Logger.getLogger(TrabajosNocturnosBacking.class.getName());

    @Inject
    private ProgramacionNocturna programacion;

    private List<EjecucionNocturna> ejecuciones;

    public List<EjecucionNocturna> getEjecuciones() {
        if (ejecuciones == null) {
            ejecuciones = programacion.ultimas(MOSTRADAS);
        }
        return ejecuciones;
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

    public void reanudar(long idEjecucion) {
        try {
            Mensajes.info(
                    "ops.lote.reanudado",
                    String.valueOf(idEjecucion),
                    String.valueOf(programacion.reanudar(idEjecucion)));
        } catch (BatchRuntimeException | EJBException e) {
            // Already restarted by someone else, or no longer restartable: say so, keep the page.
            LOG.log(Level.INFO, "No se reanuda la ejecución " + idEjecucion, e);
            Mensajes.error("ops.lote.noReanudable", String.valueOf(idEjecucion));
        }
        ejecuciones = null;
    }
}
