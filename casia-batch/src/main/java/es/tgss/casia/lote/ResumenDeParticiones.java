package es.tgss.casia.lote;

import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The exit status of a partitioned step: the sum, count by count, of what each partition's writer says it did
 * ("CERRADOS=n OMITIDOS=m" from {@link CierreDeOficio}, "EMITIDAS=n" from {@link PuestaADisposicion}), received on
 * the step's main thread as each partition ends; and the failure of a partition that failed ({@link ResumenDelPaso}),
 * so that ops read it on the step. A partition that reports no counts adds nothing.
 */
@Named
@Dependent
public class ResumenDeParticiones extends AbstractPartitionAnalyzer {

    @Inject
    private StepContext paso;

    private final Map<String, Long> sumas = new LinkedHashMap<>();
    private String error = "";

    @Override
    public void analyzeStatus(BatchStatus estado, String salida) {
        String texto = salida == null ? "" : salida;
        int corte = texto.indexOf(ResumenDelPaso.ERROR);
        // The counts only: a failure's text may hold anything, "X=1" included.
        ReglaDeEjecucion.contadores(corte < 0 ? texto : texto.substring(0, corte))
                .forEach((clave, valor) -> sumas.merge(clave, valor, Long::sum));
        if (corte >= 0 && error.isEmpty()) {
            error = texto.substring(corte);
        }
        String resumen = sumas.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        paso.setExitStatus(ResumenDelPaso.recortar(resumen + error));
    }
}
