package es.tgss.casia.comun;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Data that changes a few times a year and is read on every alta (the catalogue, the calendar of días inhábiles),
 * kept in memory: read again once it is older than its lifetime, or right after a transaction that changed it ends.
 * The lifetime bounds how long another instance, which does not hear of the change, answers with the old data.
 *
 * <p>A read that started before a change and finishes after it is not kept (the generation tells), so a commit is
 * never followed by a minute of the old data on the instance that made it.
 */
public final class EnMemoria<T> {

    private record Leido<T>(T valor, long nanos, long generacion) {}

    private final Supplier<T> leer;
    private final long vidaEnNanos;
    private final AtomicLong generacion = new AtomicLong();
    private volatile Leido<T> leido;

    public EnMemoria(Duration vida, Supplier<T> leer) {
        this.leer = leer;
        this.vidaEnNanos = vida.toNanos();
    }

    /** The data, read now if what is kept is too old or was forgotten. */
    public T valor() {
        Leido<T> actual = leido;
        long ahora = System.nanoTime();
        if (actual != null && actual.generacion() == generacion.get() && ahora - actual.nanos() < vidaEnNanos) {
            return actual.valor();
        }
        long antes = generacion.get();
        T valor = leer.get();
        if (generacion.get() == antes) {
            leido = new Leido<>(valor, ahora, antes);
        }
        return valor;
    }

    /**
     * To be called by whoever changes the data, inside the transaction that changes it: what is kept is forgotten
     * now and again when that transaction ends (a read in between still saw the data before the commit).
     */
    public void olvidar(TransactionSynchronizationRegistry transacciones) {
        generacion.incrementAndGet();
        if (transacciones.getTransactionKey() != null) {
            transacciones.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // Nothing to do before: the data is only stale once the transaction has committed.
                }

                @Override
                public void afterCompletion(int estado) {
                    generacion.incrementAndGet();
                }
            });
        }
    }
}
