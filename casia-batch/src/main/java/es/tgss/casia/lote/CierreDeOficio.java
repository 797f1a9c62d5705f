package es.tgss.casia.lote;

import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.CasoService.Vencido;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Closes the chunk's cases de oficio, in the chunk's transaction: {@link CasoService#cerrarDeOficio(List, LocalDate,
 * Instant)} locks in one statement those still due that nobody holds and closes them; the closures, their history,
 * their notices and the pending Resoluciones commit together with the reader's checkpoint, so a restart neither
 * repeats nor misses one. The cases it leaves (answered since they were read, or being acted on) are no fault of the
 * run: it counts them. Its partition's exit status says both counts of this execution ("CERRADOS=n OMITIDOS=m"),
 * which {@link ResumenDeParticiones} adds up.
 */
@Named
@Dependent
public class CierreDeOficio extends AbstractItemWriter {

    @Inject
    private CasoService casos;

    @Inject
    private StepContext paso;

    @Inject
    @BatchProperty
    private String fechaReferencia;

    @Inject
    @BatchProperty
    private String instante;

    private long cerrados;
    private long omitidos;

    @Override
    public void open(Serializable checkpoint) {
        // A partition with nothing due says so too.
        resumir();
    }

    @Override
    public void writeItems(List<Object> vencidos) {
        List<Long> ids = vencidos.stream().map(v -> ((Vencido) v).id()).toList();
        int hechos = casos.cerrarDeOficio(ids, LocalDate.parse(fechaReferencia), Instant.parse(instante));
        cerrados += hechos;
        omitidos += ids.size() - hechos;
        resumir();
    }

    private void resumir() {
        paso.setExitStatus("CERRADOS=" + cerrados + " OMITIDOS=" + omitidos);
    }
}
