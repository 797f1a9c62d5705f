package es.tgss.casia.lote;

import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exit status of the partitioned step "emitir": the sum of what each partition's writer says it issued
 * ("EMITIDAS=n", {@link PuestaADisposicion}), received on the step's main thread as each partition ends. A partition
 * that issued nothing ends with the runtime's own status and adds nothing.
 */
@Named
@Dependent
public class ResumenDeParticiones extends AbstractPartitionAnalyzer {

    private static final Pattern EMITIDAS = Pattern.compile("EMITIDAS=(\\d+)");

    @Inject
    private StepContext paso;

    private long emitidas;

    @Override
    public void analyzeStatus(BatchStatus estado, String salida) {
        Matcher m = EMITIDAS.matcher(salida == null ? "" : salida);
        if (m.find()) {
            emitidas += Long.parseLong(m.group(1));
        }
        paso.setExitStatus("EMITIDAS=" + emitidas);
    }
}
