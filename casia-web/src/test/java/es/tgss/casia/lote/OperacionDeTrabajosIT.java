package es.tgss.casia.lote;

import static es.tgss.casia.prueba.Actores.OPS;
import static es.tgss.casia.prueba.Actores.TRAMITADOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.Textos;
import es.tgss.casia.prueba.Actores;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Properties;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * What operations may do with the nightly jobs, inside the server: run a missed night (and only a night of the last
 * month, not a future one), stop and restart only what can be, and nobody but operations.
 */
@ExtendWith(ArquillianExtension.class)
class OperacionDeTrabajosIT {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Inject
    private ProgramacionNocturna programacion;

    @Inject
    private Actores actores;

    private static LocalDate hoy() {
        return LocalDate.now(MADRID);
    }

    private ErrorDeNegocio errorDeLanzarPara(LocalDate fecha) {
        return catchThrowableOfType(ErrorDeNegocio.class, () -> programacion.lanzarPara(fecha));
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
    void unaNocheFuturaSinFechaOMasAntiguaQueUnMesSeRechazaEnElCampoFecha() {
        actores.entrar(OPS);
        String hoy = hoy().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        ErrorDeNegocio futura = errorDeLanzarPara(hoy().plusDays(1));
        assertThat(futura.codigo()).isEqualTo(CodigoError.CAMPO_INVALIDO);
        assertThat(Textos.ESPANOL.deCampos(futura))
                .containsExactly(org.assertj.core.api.Assertions.entry(
                        ProgramacionNocturna.CAMPO_FECHA, "La noche no puede ser posterior a hoy (" + hoy + ")."));
        assertThat(Textos.en(Locale.ENGLISH).deCampos(futura).get(ProgramacionNocturna.CAMPO_FECHA))
                .isEqualTo("The night cannot be later than today (" + hoy + ").");

        ErrorDeNegocio antigua = errorDeLanzarPara(hoy().minusDays(ProgramacionNocturna.DIAS_ATRAS + 1L));
        assertThat(antigua.codigo()).isEqualTo(CodigoError.CAMPO_INVALIDO);
        assertThat(Textos.ESPANOL.deCampos(antigua).get(ProgramacionNocturna.CAMPO_FECHA))
                .startsWith("Solo se puede ejecutar una noche de los últimos 31 días");

        ErrorDeNegocio sinFecha = errorDeLanzarPara(null);
        assertThat(sinFecha.errores()).containsOnlyKeys(ProgramacionNocturna.CAMPO_FECHA);
        assertThat(sinFecha.getMessage()).isEqualTo("Indique la fecha de la noche que se ejecuta.");
    }

    /**
     * The oldest night allowed runs once, with the contract's two parameters (its day as fechaReferencia, now as
     * instante), and the operations' view shows it with its steps, without errors, neither to stop nor to restart.
     */
    @Test
    void unaNocheDelUltimoMesSeLanzaUnaSolaVezConSusDosParametros() throws Exception {
        actores.entrar(OPS);
        LocalDate noche = hoy().minusDays(ProgramacionNocturna.DIAS_ATRAS);
        Instant antes = Instant.now();

        OptionalLong id = programacion.lanzarPara(noche);
        assertThat(id).as("la primera vez que se lanza esa noche").isPresent();
        assertThat(programacion.lanzarPara(noche)).as("la segunda").isEmpty();

        Properties parametros = BatchRuntime.getJobOperator().getParameters(id.getAsLong());
        assertThat(parametros.getProperty(ProgramacionNocturna.FECHA_REFERENCIA))
                .isEqualTo(noche.toString());
        assertThat(Instant.parse(parametros.getProperty(ProgramacionNocturna.INSTANTE)))
                .isBetween(antes.minusSeconds(1), Instant.now());

        assertThat(esperar(id.getAsLong()).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        EjecucionNocturna vista = programacion.ultimas(100).stream()
                .filter(e -> id.getAsLong() == e.getIdEjecucion())
                .findFirst()
                .orElseThrow();
        assertThat(vista.getDia()).isEqualTo(noche);
        assertThat(vista.getSituacion()).isEqualTo("COMPLETED");
        assertThat(vista.getInicio()).isNotNull();
        assertThat(vista.getFin()).isNotNull();
        assertThat(vista.getDuracion()).isNotNull();
        assertThat(vista.getErrores()).isEmpty();
        assertThat(vista.isReanudable()).isFalse();
        assertThat(vista.isDetenible()).isFalse();
        // However many steps the job has, each ran and says its counts.
        assertThat(vista.getPasos()).isNotEmpty().allSatisfy(paso -> {
            assertThat(paso.getEstado()).isEqualTo("COMPLETED");
            assertThat(paso.getSalida()).matches("[A-Z_]+=\\d+( [A-Z_]+=\\d+)*");
            assertThat(paso.getContadores()).isNotEmpty();
        });
    }

    @Test
    void unaEjecucionTerminadaNoSeDetieneNiSeReanudaYUnaQueNoExisteTampoco() throws Exception {
        actores.entrar(OPS);
        // A run of a day no real night uses, launched as the timer launches.
        LocalDate dia = LocalDate.of(1800, 1, 1)
                .plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(30_000));
        long id = actores.comoSistema(() -> programacion.lanzar(
                        ProgramacionNocturna.CIERRE_DE_OFICIO, dia, dia, Instant.parse("1800-01-01T00:00:00Z")))
                .orElseThrow();
        assertThat(esperar(id).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        actores.entrar(OPS);

        ErrorDeNegocio reanudar = catchThrowableOfType(ErrorDeNegocio.class, () -> programacion.reanudar(id));
        assertThat(reanudar.codigo()).isEqualTo(CodigoError.EJECUCION_NO_PERMITIDA);
        assertThat(reanudar.getMessage()).startsWith("La ejecución " + id + " no se puede reanudar");
        ErrorDeNegocio detener = catchThrowableOfType(ErrorDeNegocio.class, () -> programacion.detener(id));
        assertThat(detener.codigo()).isEqualTo(CodigoError.EJECUCION_NO_PERMITIDA);
        assertThat(detener.getMessage())
                .isEqualTo("La ejecución " + id + " no está en curso: no hay nada que detener.");

        assertThatThrownBy(() -> programacion.reanudar(Long.MAX_VALUE))
                .isInstanceOf(ErrorDeNegocio.class)
                .hasMessage("No existe la ejecución " + Long.MAX_VALUE + ".");
        assertThatThrownBy(() -> programacion.detener(Long.MAX_VALUE))
                .isInstanceOf(ErrorDeNegocio.class)
                .hasMessage("No existe la ejecución " + Long.MAX_VALUE + ".");
    }

    @Test
    void soloOperacionLanzaUnaNocheDetieneReanudaYVe() {
        Executable[] acciones = {
            () -> programacion.lanzarPara(hoy().minusDays(1)),
            () -> programacion.detener(1),
            () -> programacion.reanudar(1),
            () -> programacion.ultimas(1),
            () -> programacion.lanzarAhora()
        };
        // Without a logged-in user, as a tramitador.
        for (Executable accion : acciones) {
            assertThatThrownBy(accion::execute).isInstanceOf(EJBAccessException.class);
        }
        actores.entrar(TRAMITADOR);
        for (Executable accion : acciones) {
            assertThatThrownBy(accion::execute).isInstanceOf(EJBAccessException.class);
        }
        // Nor does operations choose the night and the instant of a run directly.
        actores.entrar(OPS);
        assertThatThrownBy(
                        () -> programacion.lanzar(ProgramacionNocturna.CIERRE_DE_OFICIO, hoy(), hoy(), Instant.now()))
                .isInstanceOf(EJBAccessException.class);
    }
}
