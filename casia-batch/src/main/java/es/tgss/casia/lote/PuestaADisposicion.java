package es.tgss.casia.lote;

import es.tgss.casia.caso.resolucion.EmisionDeResoluciones;
import es.tgss.casia.caso.resolucion.ResolucionEmitida;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Stores the chunk's resoluciones and puts them at disposal in the Sede, with their e-mails, in one transaction. */
@Named
@Dependent
public class PuestaADisposicion extends AbstractItemWriter {

    @Inject
    private EmisionDeResoluciones emision;

    @Override
    public void writeItems(List<Object> emitidas) {
        for (Object emitida : emitidas) {
            emision.ponerADisposicion((ResolucionEmitida) emitida);
        }
    }
}
