package es.tgss.casia.lote;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A chunk that fails says why after its step's (or partition's) counts, "CERRADOS=n OMITIDOS=m ERROR=…": the
 * operations page and the admin console show it. The counts are the writer's; {@link ResumenDeParticiones} adds up
 * a partitioned step's and carries the failure of its partition along. A chunk listener because the batch runtime
 * calls no step listener on a partition's thread; a chunk retried with success has its status written again by the
 * writer, without the error.
 */
@Named
@Dependent
public class ResumenDelPaso extends AbstractChunkListener {

    static final String ERROR = " ERROR=";

    @Inject
    private StepContext paso;

    @Override
    public void onError(Exception e) {
        String salida = paso.getExitStatus() == null ? "" : paso.getExitStatus();
        int anterior = salida.indexOf(ERROR);
        String cuentas = anterior < 0 ? salida : salida.substring(0, anterior);
        paso.setExitStatus(recortar((cuentas + ERROR + e).strip()));
    }

    /** The batch repository keeps 512 characters of an exit status; a longer one (a driver's message) would fail it. */
    static String recortar(String salida) {
        return salida.length() <= 500 ? salida : salida.substring(0, 499) + "…";
    }
}
