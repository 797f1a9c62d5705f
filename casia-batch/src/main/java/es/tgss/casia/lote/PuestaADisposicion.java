package es.tgss.casia.lote;

import es.tgss.casia.caso.resolucion.EmisionDeResoluciones;
import es.tgss.casia.caso.resolucion.ResolucionEmitida;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Stores the chunk's resoluciones and puts them at disposal in the Sede, with their e-mails, in one transaction. Its
 * partition's exit status says how many it has issued ("EMITIDAS=n"): {@link ResumenDeParticiones} adds them up.
 */
@Named
@Dependent
public class PuestaADisposicion extends AbstractItemWriter {

    @Inject
    private EmisionDeResoluciones emision;

    @Inject
    private StepContext paso;

    private long emitidas;

    @Override
    public void open(Serializable checkpoint) {
        // A partition with nothing to issue says so too: ops read "EMITIDAS=0", not an empty status.
        resumir();
    }

    @Override
    public void writeItems(List<Object> resoluciones) {
        for (Object emitida : resoluciones) {
            emision.ponerADisposicion((ResolucionEmitida) emitida);
        }
        emitidas += resoluciones.size();
        resumir();
    }

    private void resumir() {
        paso.setExitStatus("EMITIDAS=" + emitidas);
    }
}
