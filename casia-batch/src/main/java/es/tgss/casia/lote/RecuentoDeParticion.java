package es.tgss.casia.lote;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionCollector;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Sends the step's main thread what one partition has done so far (its own cumulative counts). */
@Named
@Dependent
public class RecuentoDeParticion implements PartitionCollector {

    /** Counts of one partition up to now. */
    public record Recuento(String particion, long hechos, long omitidos) implements Serializable {}

    @Inject
    private StepContext paso;

    @Inject
    @BatchProperty
    private String particion;

    @Override
    public Serializable collectPartitionData() {
        return new Recuento(
                particion,
                metrica(Metric.MetricType.WRITE_COUNT),
                metrica(Metric.MetricType.PROCESS_SKIP_COUNT)
                        + metrica(Metric.MetricType.READ_SKIP_COUNT)
                        + metrica(Metric.MetricType.WRITE_SKIP_COUNT));
    }

    private long metrica(Metric.MetricType tipo) {
        for (Metric m : paso.getMetrics()) {
            if (m.getType() == tipo) {
                return m.getValue();
            }
        }
        return 0;
    }
}
