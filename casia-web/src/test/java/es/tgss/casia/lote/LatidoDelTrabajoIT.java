package es.tgss.casia.lote;

import static es.tgss.casia.prueba.Actores.OPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import es.tgss.casia.arranque.Arranque;
import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.prueba.Actores;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The heartbeat of a run and what operations do with a run that stopped beating, on a job of the tests
 * (META-INF/batch-jobs/latido-de-prueba.xml: one step, {@link EsperaDePrueba}, with the listener the nightly jobs'
 * steps list). A server killed with kill -9 cannot be had inside the server itself: a run still working whose
 * heartbeat is set back ten minutes is what the page sees of one.
 */
@ExtendWith(ArquillianExtension.class)
class LatidoDelTrabajoIT {

    private static final String TRABAJO = "latido-de-prueba";

    @Inject
    private ProgramacionNocturna programacion;

    @Inject
    private Actores actores;

    @Resource(lookup = Arranque.DATASOURCE)
    private DataSource dataSource;

    private long lanzar() throws Exception {
        LocalDate dia =
                LocalDate.of(1700, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
        return actores.comoSistema(() -> programacion.lanzar(TRABAJO, dia, dia, Instant.now()))
                .orElseThrow();
    }

    private static BatchStatus esperar(long id, Set<BatchStatus> estados) throws InterruptedException {
        JobOperator operador = BatchRuntime.getJobOperator();
        Instant limite = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(limite)) {
            BatchStatus estado = operador.getJobExecution(id).getBatchStatus();
            if (estados.contains(estado)) {
                return estado;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("La ejecución " + id + " no llega a " + estados + " en 60 s");
    }

    private static BatchStatus esperarFin(long id) throws InterruptedException {
        return esperar(id, Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED));
    }

    /** The row of ejecucion_programada that names the execution: its heartbeat and the execution it replaced. */
    private record Fila(OffsetDateTime latido, Long anterior) {}

    private Fila fila(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select latido, id_ejecucion_anterior from ejecucion_programada where id_ejecucion = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                long anterior = r.getLong(2);
                return new Fila(r.getObject(1, OffsetDateTime.class), r.wasNull() ? null : anterior);
            }
        }
    }

    /** What a kill -9 leaves: a run the repository calls STARTED, silent for ten minutes. */
    private void silenciar(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        update ejecucion_programada
                        set latido = now() - interval '10 minutes', inicio = now() - interval '10 minutes'
                        where id_ejecucion = ?""")) {
            s.setLong(1, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void unaEjecucionDejaSuLatidoEnSuFila() throws Exception {
        Instant antes = Instant.now();
        long id = lanzar();
        assertThat(esperarFin(id)).isEqualTo(BatchStatus.COMPLETED);
        // At least the beat at the end of a step (the one at its start may come before the row names the run).
        assertThat(fila(id).latido().toInstant()).isAfter(antes);
        // The listener never fails a step, of either kind; each step's counts are shown.
        actores.entrar(OPS);
        assertThat(programacion.ejecucion(id).orElseThrow().getPasos())
                .extracting(PasoDeEjecucion::getNombre, PasoDeEjecucion::getEstado, PasoDeEjecucion::getSalida)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("esperar", "COMPLETED", "ESPERAS=1"),
                        org.assertj.core.api.Assertions.tuple("contar", "COMPLETED", "CONTADOS=3"));
    }

    @Test
    void unaEjecucionQueDejoDeLatirSeReanudaComoOtraConLosMismosParametrosYUnaSolaVez() throws Exception {
        EsperaDePrueba.RETENER.set(true);
        try {
            long muda = lanzar();
            esperar(muda, Set.of(BatchStatus.STARTED));
            Thread.sleep(300);
            silenciar(muda);
            actores.entrar(OPS);

            EjecucionNocturna vista = programacion.ejecucion(muda).orElseThrow();
            assertThat(vista.getSituacion()).isEqualTo("INTERRUMPIDA");
            assertThat(vista.isReanudable()).isTrue();
            assertThat(vista.isDetenible()).isFalse();
            assertThat(catchThrowableOfType(ErrorDeNegocio.class, () -> programacion.detener(muda))
                            .getMessage())
                    .startsWith("La ejecución " + muda + " está interrumpida");

            long nueva = programacion.reanudar(muda);
            assertThat(nueva).isNotEqualTo(muda);
            JobOperator operador = BatchRuntime.getJobOperator();
            assertThat(operador.getJobExecution(nueva).getJobName()).isEqualTo(TRABAJO);
            assertThat(operador.getParameters(nueva)).isEqualTo(operador.getParameters(muda));
            assertThat(fila(nueva).anterior()).isEqualTo(muda);
            assertThat(fila(muda)).as("la fila nombra ya la nueva ejecución").isNull();
            // A second operator pressing "Reanudar" on the old row gets a refusal, not a second run.
            assertThat(catchThrowableOfType(ErrorDeNegocio.class, () -> programacion.reanudar(muda))
                            .codigo())
                    .isEqualTo(CodigoError.EJECUCION_NO_PERMITIDA);

            // The new one is alive: it can be stopped (not restarted), and once stopped, restarted.
            esperar(nueva, Set.of(BatchStatus.STARTED));
            EjecucionNocturna viva = programacion.ejecucion(nueva).orElseThrow();
            assertThat(viva.isDetenible()).isTrue();
            assertThat(viva.isReanudable()).isFalse();
            programacion.detener(nueva);
            assertThat(esperarFin(nueva)).isEqualTo(BatchStatus.STOPPED);
            EsperaDePrueba.RETENER.set(false);
            long reanudada = programacion.reanudar(nueva);
            assertThat(esperarFin(reanudada)).isEqualTo(BatchStatus.COMPLETED);
            assertThat(fila(reanudada).anterior()).isEqualTo(nueva);
        } finally {
            EsperaDePrueba.RETENER.set(false);
        }
    }
}
