package es.tgss.casia.lote;

import es.tgss.casia.caso.resolucion.EmisionDeResoluciones;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** Makes and seals the PDF of each resolución read; one issued meanwhile (a restart) is filtered out. */
@Named
@Dependent
public class EmisionDeResolucion implements ItemProcessor {

    @Inject
    private EmisionDeResoluciones emision;

    @Inject
    @BatchProperty
    private String instante;

    @Override
    public Object processItem(Object id) {
        return emision.generar((Long) id, Instant.parse(instante)).orElse(null);
    }
}
