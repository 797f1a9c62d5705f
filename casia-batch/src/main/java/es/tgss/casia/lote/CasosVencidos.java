package es.tgss.casia.lote;

import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.CasoService.Vencido;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads this partition's share (id mod particiones) of the cases due on the night of {@code fechaReferencia} by
 * keyset on (last day, id), a page at a time, from the key of the last case read. A case it hands out and that
 * cannot be closed (someone is acting on it) does not come back in this run, so a run always reaches the end of what
 * is due; the checkpoint is that key, so a restarted partition continues after its last committed chunk.
 */
@Named
@Dependent
public class CasosVencidos extends AbstractItemReader {

    static final int PAGINA = 500;

    /** Before any last day a case can have. */
    private static final Clave INICIO = new Clave(LocalDate.of(1000, 1, 1), 0);

    /** Where the reader is: the (last day, id) of the last case it handed out. */
    record Clave(LocalDate dia, long id) implements Serializable {}

    @Inject
    private CasoService casos;

    @Inject
    @BatchProperty
    private String fechaReferencia;

    @Inject
    @BatchProperty
    private String particion;

    @Inject
    @BatchProperty
    private String particiones;

    private LocalDate referencia;
    private Clave leida;
    private Clave pedida;
    private boolean agotado;
    private final Deque<Vencido> pendientes = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        referencia = LocalDate.parse(fechaReferencia);
        leida = checkpoint == null ? INICIO : (Clave) checkpoint;
        pedida = leida;
        // Opened again from the checkpoint after a rolled-back chunk: what was read past it is read again.
        pendientes.clear();
        agotado = false;
    }

    @Override
    public Object readItem() {
        if (pendientes.isEmpty() && !agotado) {
            List<Vencido> pagina = casos.vencidos(
                    referencia,
                    pedida.dia(),
                    pedida.id(),
                    Integer.parseInt(particion),
                    Integer.parseInt(particiones),
                    PAGINA);
            agotado = pagina.size() < PAGINA;
            pendientes.addAll(pagina);
            if (!pagina.isEmpty()) {
                Vencido ultimo = pagina.get(pagina.size() - 1);
                pedida = new Clave(ultimo.ultimoDia(), ultimo.id());
            }
        }
        Vencido siguiente = pendientes.poll();
        if (siguiente != null) {
            leida = new Clave(siguiente.ultimoDia(), siguiente.id());
        }
        return siguiente;
    }

    @Override
    public Serializable checkpointInfo() {
        return leida;
    }
}
