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
 * Reads this partition's share of the cases due on the night of {@code fechaReferencia} by keyset on (last day, id),
 * a page at a time, from the key of the last case read. Every partition walks the same index range and keeps the
 * cases {@link #particionDe} gives it: the query stays the plain range scan of ix_caso_vencimiento (a condition on
 * the id in SQL is one the planner cannot estimate, and it would sort the whole range instead), for twice the rows
 * read, which cost nothing beside the closures. A case it hands out and that cannot be closed (someone is acting on
 * it) does not come back in this run, so a run always reaches the end of what is due; the checkpoint is the key of
 * the last case handed out, so a restarted partition continues after its last committed chunk.
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
    private int mia;
    private int todas;
    private Clave leida;
    private Clave pedida;
    private boolean agotado;
    private final Deque<Vencido> pendientes = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        referencia = LocalDate.parse(fechaReferencia);
        mia = Integer.parseInt(particion);
        todas = Integer.parseInt(particiones);
        leida = checkpoint == null ? INICIO : (Clave) checkpoint;
        pedida = leida;
        // Opened again from the checkpoint after a rolled-back chunk: what was read past it is read again.
        pendientes.clear();
        agotado = false;
    }

    @Override
    public Object readItem() {
        while (pendientes.isEmpty() && !agotado) {
            List<Vencido> pagina = casos.vencidos(referencia, pedida.dia(), pedida.id(), PAGINA);
            agotado = pagina.size() < PAGINA;
            pagina.stream().filter(v -> particionDe(v.id(), todas) == mia).forEach(pendientes::add);
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

    /**
     * The partition of a case: its id, mixed (MurmurHash3's finaliser), modulo the partitions. Not the id itself:
     * ids a script took from caso_seq with nextval go up by 50, and "id mod 2" would put every such case in one
     * partition.
     */
    static int particionDe(long id, int particiones) {
        long h = id;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb3fe1a85ec53L;
        h ^= h >>> 33;
        return (int) Long.remainderUnsigned(h, particiones);
    }

    @Override
    public Serializable checkpointInfo() {
        return leida;
    }
}
