package es.tgss.casia.lote;

import es.tgss.casia.lote.RecuentoDeParticion.Recuento;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The exit status of a partitioned step, "HECHOS=n OMITIDOS=m" summed over its partitions as they report (the
 * counterpart of {@link ResumenDelPaso} for steps that run on several threads).
 */
@Named
@Dependent
public class ResumenDeParticiones extends AbstractPartitionAnalyzer {

    @Inject
    private StepContext paso;

    /** The word for the items written (EMITIDAS). */
    @Inject
    @BatchProperty
    private String hechos;

    private final Map<String, Recuento> porParticion = new HashMap<>();

    @Override
    public void analyzeCollectorData(Serializable datos) {
        Recuento recuento = (Recuento) datos;
        porParticion.put(recuento.particion(), recuento);
        long escritos =
                porParticion.values().stream().mapToLong(Recuento::hechos).sum();
        long omitidos =
                porParticion.values().stream().mapToLong(Recuento::omitidos).sum();
        paso.setExitStatus(hechos + "=" + escritos + " OMITIDOS=" + omitidos);
    }
}
