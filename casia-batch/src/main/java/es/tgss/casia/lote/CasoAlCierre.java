package es.tgss.casia.lote;

import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.CasoService.Vencido;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * Takes each case for closing in the chunk's transaction: its row is locked until the chunk commits, so nobody can
 * change it between this check and the closure. A case no longer due, or locked by someone acting on it, is
 * skipped ({@link CasoQueNoSeCierra}) without waiting and without failing the chunk.
 */
@Named
@Dependent
public class CasoAlCierre implements ItemProcessor {

    @Inject
    private CasoService casos;

    @Inject
    @BatchProperty
    private String fechaReferencia;

    @Override
    public Object processItem(Object item) throws CasoQueNoSeCierra {
        Vencido caso = (Vencido) item;
        if (!casos.tomarParaCierre(caso.id(), LocalDate.parse(fechaReferencia))) {
            throw new CasoQueNoSeCierra(caso.numero());
        }
        return caso;
    }
}
