package es.tgss.casia.lote;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The chunk step of the test job latido-de-prueba: three items, one a chunk, so that the chunk listener runs. */
public final class CuentaDePrueba {

    private CuentaDePrueba() {}

    @Named("lectorDePrueba")
    @Dependent
    public static class Lector extends AbstractItemReader {
        private int leidos;

        @Override
        public void open(Serializable checkpoint) {
            leidos = checkpoint == null ? 0 : (Integer) checkpoint;
        }

        @Override
        public Object readItem() {
            return leidos < 3 ? ++leidos : null;
        }

        @Override
        public Serializable checkpointInfo() {
            return leidos;
        }
    }

    @Named("escritorDePrueba")
    @Dependent
    public static class Escritor extends AbstractItemWriter {
        @Inject
        private StepContext paso;

        private int escritos;

        @Override
        public void writeItems(List<Object> elementos) {
            escritos += elementos.size();
            paso.setExitStatus("CONTADOS=" + escritos);
        }
    }
}
