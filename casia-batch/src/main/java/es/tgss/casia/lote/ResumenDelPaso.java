package es.tgss.casia.lote;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Writes what a chunk step did as its exit status, "HECHOS=n OMITIDOS=m" with the step's own words (for the
 * cierre: "CERRADOS=n OMITIDOS=m"), from the batch runtime's own counts: the operations page and the admin console
 * show it. A step that failed keeps the runtime's status and says it.
 */
@Named
@Dependent
public class ResumenDelPaso extends AbstractStepListener {

    @Inject
    private StepContext paso;

    /** The word for the items written (CERRADOS, EMITIDAS). */
    @Inject
    @BatchProperty
    private String hechos;

    @Override
    public void afterStep() {
        long escritos = metrica(Metric.MetricType.WRITE_COUNT);
        long omitidos = metrica(Metric.MetricType.PROCESS_SKIP_COUNT)
                + metrica(Metric.MetricType.READ_SKIP_COUNT)
                + metrica(Metric.MetricType.WRITE_SKIP_COUNT);
        String resumen = hechos + "=" + escritos + " OMITIDOS=" + omitidos;
        paso.setExitStatus(paso.getException() == null ? resumen : recortar(resumen + " ERROR=" + paso.getException()));
    }

    private long metrica(Metric.MetricType tipo) {
        for (Metric m : paso.getMetrics()) {
            if (m.getType() == tipo) {
                return m.getValue();
            }
        }
        return 0;
    }

    /** The batch repository keeps 512 characters of an exit status; a longer one (a driver's message) would fail it. */
    static String recortar(String salida) {
        return salida.length() <= 500 ? salida : salida.substring(0, 499) + "…";
    }
}
