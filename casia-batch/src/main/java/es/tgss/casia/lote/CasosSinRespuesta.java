package es.tgss.casia.lote;

import es.tgss.casia.caso.CasoService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Queue;
import java.util.Set;

/**
 * Reads the números of the cases due for cierre de oficio, a page at a time. Closed cases leave the query, so each
 * page is asked afresh; a case handed out once is never handed out again in this run (one that could not be closed
 * waits for the next night), which also ends the run when a page brings nothing new.
 */
@Named
@Dependent
public class CasosSinRespuesta extends AbstractItemReader {

    static final int PAGINA = 500;

    @Inject
    private CasoService casos;

    @Inject
    @BatchProperty
    private String instante;

    private Instant corte;
    private final Queue<String> pendientes = new ArrayDeque<>();
    private final Set<String> entregados = new HashSet<>();

    @Override
    public void open(Serializable checkpoint) {
        corte = Instant.parse(instante);
    }

    @Override
    public Object readItem() {
        if (pendientes.isEmpty()) {
            casos.sinRespuestaEnPlazo(corte, PAGINA).stream()
                    .filter(entregados::add)
                    .forEach(pendientes::add);
        }
        return pendientes.poll();
    }
}
