package es.tgss.casia.lote;

import es.tgss.casia.caso.CasoService;
import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Closes each case read, each in its own transaction. A case the rule no longer lets close (the autorizado answered
 * a moment ago) or that changed at that very instant is left open and logged, and the run goes on; any other failure
 * stops the run (restart it: what was closed stays closed). The step's exit status counts both.
 */
@Named
@Dependent
public class CierreDeOficio extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(CierreDeOficio.class.getName());
    private static final Set<CodigoError> SE_QUEDA_COMO_ESTA = EnumSet.of(
            CodigoError.TRANSICION_NO_PERMITIDA, CodigoError.CASO_MODIFICADO, CodigoError.CASO_NO_ENCONTRADO);

    @Inject
    private CasoService casos;

    @Inject
    private StepContext paso;

    @Inject
    @BatchProperty
    private String instante;

    private int cerrados;
    private int sinCerrar;

    /** A night with nothing to close says so too (the writer is not called without items). */
    @Override
    public void open(Serializable checkpoint) {
        paso.setExitStatus(resumen());
    }

    @Override
    public void writeItems(List<Object> numeros) {
        Instant corte = Instant.parse(instante);
        for (Object numero : numeros) {
            try {
                casos.cerrarDeOficio((String) numero, corte);
                cerrados++;
            } catch (ErrorDeNegocio e) {
                // The case changed since it was read (answered, cancelled, gone): it stays as it is. Anything
                // else is a fault of the job and stops it.
                if (!SE_QUEDA_COMO_ESTA.contains(e.codigo())) {
                    throw e;
                }
                sinCerrar++;
                LOG.info(() -> "Cierre de oficio: el caso " + numero + " no se cierra (" + e.codigo() + "): "
                        + e.getMessage());
            }
        }
        paso.setExitStatus(resumen());
    }

    private String resumen() {
        return "CERRADOS=" + cerrados + " SIN_CERRAR=" + sinCerrar;
    }
}
