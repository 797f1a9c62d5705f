package es.tgss.casia.lote;

import es.tgss.casia.caso.resolucion.EmisionDeResoluciones;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** Records as rejected the notifications nobody opened within 10 natural days (art. 43.2): one statement a night. */
@Named
@Dependent
public class NotificacionesSinComparecencia extends AbstractBatchlet {

    @Inject
    private EmisionDeResoluciones emision;

    @Inject
    @BatchProperty
    private String instante;

    @Override
    public String process() {
        return "RECHAZADAS=" + emision.rechazarSinComparecencia(Instant.parse(instante));
    }
}
