package es.tgss.casia.lote;

import es.tgss.casia.caso.resolucion.EmisionDeResoluciones;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads this partition's share of the Resoluciones de Desistimiento still to issue (left pending by this night's
 * closures, or by an earlier night that failed here) by keyset on their id; the checkpoint is the last id read. The
 * PDFs take the CPU: the step runs in as many partitions as the machine has cores for it (the JSL's plan).
 */
@Named
@Dependent
public class ResolucionesPorEmitir extends AbstractItemReader {

    static final int PAGINA = 100;

    @Inject
    private EmisionDeResoluciones emision;

    @Inject
    @BatchProperty
    private String particion;

    @Inject
    @BatchProperty
    private String particiones;

    private long leida;
    private long pedida;
    private boolean agotado;
    private final Deque<Long> pendientes = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        leida = checkpoint == null ? 0 : (Long) checkpoint;
        pedida = leida;
    }

    @Override
    public Object readItem() {
        if (pendientes.isEmpty() && !agotado) {
            var pagina = emision.porEmitir(pedida, Integer.parseInt(particion), Integer.parseInt(particiones), PAGINA);
            agotado = pagina.size() < PAGINA;
            pendientes.addAll(pagina);
            if (!pagina.isEmpty()) {
                pedida = pagina.get(pagina.size() - 1);
            }
        }
        Long siguiente = pendientes.poll();
        if (siguiente != null) {
            leida = siguiente;
        }
        return siguiente;
    }

    @Override
    public Serializable checkpointInfo() {
        return leida;
    }
}
