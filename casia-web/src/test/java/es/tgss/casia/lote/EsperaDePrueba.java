package es.tgss.casia.lote;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.concurrent.atomic.AtomicBoolean;

/** The step of the test job latido-de-prueba: works a second, and for as long as a test holds it, or until stopped. */
@Named("esperaDePrueba")
@Dependent
public class EsperaDePrueba extends AbstractBatchlet {

    /** While true, every run of the test job keeps working (a long night). */
    static final AtomicBoolean RETENER = new AtomicBoolean();

    private volatile boolean parar;

    @Override
    public String process() throws InterruptedException {
        long hasta = System.currentTimeMillis() + 1000;
        while (!parar && (RETENER.get() || System.currentTimeMillis() < hasta)) {
            Thread.sleep(50);
        }
        return parar ? "DETENIDA=1" : "ESPERAS=1";
    }

    @Override
    public void stop() {
        parar = true;
    }
}
