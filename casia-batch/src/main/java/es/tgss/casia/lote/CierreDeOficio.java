package es.tgss.casia.lote;

import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.CasoService.Vencido;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/**
 * Closes the chunk's cases de oficio, in the chunk's transaction (each already locked by {@link CasoAlCierre}): the
 * closures, their history, their notices and the pending Resoluciones commit together with the reader's checkpoint,
 * so a restart neither repeats nor misses one.
 */
@Named
@Dependent
public class CierreDeOficio extends AbstractItemWriter {

    @Inject
    private CasoService casos;

    @Inject
    @BatchProperty
    private String instante;

    @Override
    public void writeItems(List<Object> vencidos) {
        Instant corte = Instant.parse(instante);
        for (Object vencido : vencidos) {
            casos.cerrarDeOficio(((Vencido) vencido).numero(), corte);
        }
    }
}
