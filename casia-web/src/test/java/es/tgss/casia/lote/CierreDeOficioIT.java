package es.tgss.casia.lote;

import static es.tgss.casia.prueba.Actores.LUCIA_1;
import static es.tgss.casia.prueba.Actores.OPS;
import static es.tgss.casia.prueba.Actores.TRAMITADOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.tgss.casia.caso.Caso;
import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.Subestado;
import es.tgss.casia.caso.vista.LineaHistorial;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.prueba.Actores;
import es.tgss.casia.prueba.Casos;
import es.tgss.casia.seguridad.Rol;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly cierre de oficio as Jakarta Batch runs it inside the server, on PostgreSQL. The tests launch it as the
 * timer does, with the system identity ({@code @RunAs}); the job's closing calls are allowed to that identity only,
 * so a run that closes cases shows the identity reached the batch threads.
 */
@ExtendWith(ArquillianExtension.class)
class CierreDeOficioIT {

    @Inject
    private CasoService casos;

    @Inject
    private VistaDeCasos vista;

    @Inject
    private ProgramacionNocturna programacion;

    @Inject
    private Actores actores;

    private Caso pidiendoInformacion(String titulo) {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(Casos.consulta(titulo).crear());
        actores.entrar(TRAMITADOR);
        caso = casos.asignar(caso.getNumero(), caso.getVersion(), null);
        return casos.solicitarInformacion(caso.getNumero(), caso.getVersion(), "Indique el CCC.");
    }

    private OptionalLong lanzar(LocalDate dia, Instant corte) throws Exception {
        // The night whose cut-off it is (the job's fechaReferencia) and the instant of the action.
        LocalDate noche = LocalDate.ofInstant(corte, java.time.ZoneId.of("Europe/Madrid"));
        return actores.comoSistema(() -> programacion.lanzar(ProgramacionNocturna.CIERRE_DE_OFICIO, dia, noche, corte));
    }

    /** A day no real night will ever use, so that the test never collides with the timer or another run. */
    private static LocalDate diaDePrueba() {
        return LocalDate.of(1900, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
    }

    private static JobExecution esperar(long id) throws InterruptedException {
        JobOperator operador = BatchRuntime.getJobOperator();
        Instant limite = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(limite)) {
            JobExecution ejecucion = operador.getJobExecution(id);
            if (ejecucion.getBatchStatus() != BatchStatus.STARTING
                    && ejecucion.getBatchStatus() != BatchStatus.STARTED) {
                return ejecucion;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("La ejecución " + id + " no ha terminado en 60 s");
    }

    @Test
    void cierraLosCasosConElPlazoVencidoConSuHistorial() throws Exception {
        Caso vencido = pidiendoInformacion("Vencido");
        Instant pedida = vencido.getFechaUltimaSolicitud().orElseThrow().toInstant();
        // The run's cut-off is 22 days after the request: this case is due.
        Instant corte = pedida.plus(Duration.ofDays(22));

        OptionalLong id = lanzar(diaDePrueba(), corte);
        assertThat(id).isPresent();
        JobExecution ejecucion = esperar(id.getAsLong());

        assertThat(ejecucion.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(vista.detalle(vencido.getNumero()).cabecera().subestado()).isEqualTo(Subestado.DE_OFICIO);
        actores.entrar(LUCIA_1);
        assertThat(vista.historial(vencido.getNumero())).last().satisfies(h -> {
            assertThat(h.subestado()).isEqualTo(Subestado.DE_OFICIO);
            assertThat(h.actor()).isEqualTo(Rol.PRINCIPAL_SISTEMA);
        });
        assertThat(BatchRuntime.getJobOperator().getStepExecutions(id.getAsLong()))
                .singleElement()
                .satisfies(paso -> assertThat(paso.getExitStatus()).matches("CERRADOS=[1-9]\\d* SIN_CERRAR=0"));
    }

    @Test
    void unCasoAunEnPlazoNoSeCierra() throws Exception {
        Caso caso = pidiendoInformacion("Aún en plazo");
        Instant pedida = caso.getFechaUltimaSolicitud().orElseThrow().toInstant();

        OptionalLong id = lanzar(diaDePrueba(), pedida.plus(Duration.ofDays(19)));
        assertThat(esperar(id.orElseThrow()).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(vista.detalle(caso.getNumero()).cabecera().subestado()).isEqualTo(Subestado.SOLICITADA_INFORMACION);
        assertThat(vista.historial(caso.getNumero()))
                .extracting(LineaHistorial::subestado)
                .doesNotContain(Subestado.DE_OFICIO);
    }

    @Test
    void elMismoDiaSoloSeLanzaUnaVez() throws Exception {
        LocalDate dia = diaDePrueba();
        Instant corte = Instant.parse("1900-01-01T00:00:00Z");

        OptionalLong primera = lanzar(dia, corte);
        OptionalLong segunda = lanzar(dia, corte);

        assertThat(primera).isPresent();
        assertThat(segunda).isEmpty();
        assertThat(esperar(primera.getAsLong()).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void soloOpsLanzaOReanudaAMano() {
        // Without a logged-in user, or as a tramitador, neither action is allowed.
        assertThatThrownBy(() -> programacion.lanzarAhora()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> programacion.reanudar(1)).isInstanceOf(EJBAccessException.class);
        actores.entrar(TRAMITADOR);
        assertThatThrownBy(() -> programacion.lanzarAhora()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> programacion.ultimas(1)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void niOpsEligeElCorteDeUnaEjecucion() {
        // A cut-off of the caller's choosing could close cases early: only the system launches with one.
        actores.entrar(OPS);
        assertThatThrownBy(() -> programacion.lanzar(
                        ProgramacionNocturna.CIERRE_DE_OFICIO,
                        diaDePrueba(),
                        LocalDate.now().plusDays(400),
                        Instant.now().plus(Duration.ofDays(400))))
                .isInstanceOf(EJBAccessException.class);
        // What ops may do: see the runs.
        assertThatCode(() -> programacion.ultimas(1)).doesNotThrowAnyException();
    }
}
