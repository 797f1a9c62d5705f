package es.tgss.casia.comun;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EnMemoriaTest {

    /** What the database holds; each read counted. */
    private final AtomicInteger enLaBase = new AtomicInteger(1);

    private final AtomicInteger lecturas = new AtomicInteger();

    private final EnMemoria<Integer> memoria = new EnMemoria<>(Duration.ofHours(1), () -> {
        lecturas.incrementAndGet();
        return enLaBase.get();
    });

    @Test
    void seLeeUnaVezYSeGuardaMientrasVive() {
        assertThat(memoria.valor()).isEqualTo(1);
        assertThat(memoria.valor()).isEqualTo(1);
        assertThat(lecturas).hasValue(1);
    }

    @Test
    void loQueHaVividoSuTiempoSeLeeOtraVez() {
        EnMemoria<Integer> sinVida = new EnMemoria<>(Duration.ZERO, () -> {
            lecturas.incrementAndGet();
            return enLaBase.get();
        });
        sinVida.valor();
        enLaBase.set(2);
        assertThat(sinVida.valor()).isEqualTo(2);
        assertThat(lecturas).hasValue(2);
    }

    @Test
    void unCambioSeVeEnCuantoSuTransaccionTermina() {
        assertThat(memoria.valor()).isEqualTo(1);
        Transaccion transaccion = new Transaccion();

        memoria.olvidar(transaccion);
        // Read by someone else before the commit: still the old data, kept only until the transaction ends.
        assertThat(memoria.valor()).isEqualTo(1);
        enLaBase.set(2);
        transaccion.terminar(Status.STATUS_COMMITTED);

        assertThat(memoria.valor()).isEqualTo(2);
        assertThat(memoria.valor()).isEqualTo(2);
        assertThat(lecturas).hasValue(3);
    }

    @Test
    void fueraDeUnaTransaccionSeOlvidaEnElActo() {
        memoria.valor();
        enLaBase.set(2);
        memoria.olvidar(new Transaccion(null));
        assertThat(memoria.valor()).isEqualTo(2);
    }

    /** The container's registry, as far as EnMemoria uses it: one transaction, ended by the test. */
    private static final class Transaccion implements TransactionSynchronizationRegistry {

        private final Object clave;
        private final List<Synchronization> avisos = new ArrayList<>();

        Transaccion() {
            this(new Object());
        }

        Transaccion(Object clave) {
            this.clave = clave;
        }

        void terminar(int estado) {
            avisos.forEach(Synchronization::beforeCompletion);
            avisos.forEach(s -> s.afterCompletion(estado));
        }

        @Override
        public Object getTransactionKey() {
            return clave;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            avisos.add(sync);
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            return clave == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
