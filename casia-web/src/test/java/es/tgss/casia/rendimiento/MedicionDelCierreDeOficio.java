package es.tgss.casia.rendimiento;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.lote.ProgramacionNocturna;
import es.tgss.casia.prueba.Actores;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly run on 1,000,000 cases of which 50,000 are due (10,000 Trámites), inside the test server on the
 * machine's PostgreSQL: run on demand (its name does not end in IT, so the suite leaves it out). It times, it does
 * not judge: it fails only when the run does not complete or leaves a due case open. docs/rendimiento-cierre.md has
 * the command and the figures.
 */
@ExtendWith(ArquillianExtension.class)
class MedicionDelCierreDeOficio {

    private static final Logger LOG = Logger.getLogger(MedicionDelCierreDeOficio.class.getName());
    private static final int CASOS = 1_000_000;
    private static final int VENCIDOS = 50_000;
    private static final int TRAMITES = 10_000;
    /** The night measured: due cases have last days before it, in a stretch no other test uses. */
    private static final LocalDate NOCHE = LocalDate.of(1940, 6, 1);

    @Inject
    private ProgramacionNocturna programacion;

    @Inject
    private Actores actores;

    @Resource(lookup = "jdbc/casia")
    private DataSource datos;

    @Test
    void laNocheDeUnMillonDeCasos() throws Exception {
        Instant inicio = Instant.now();
        rellenar();
        LOG.info(() -> "Cierre, datos: " + CASOS + " casos en "
                + Duration.between(inicio, Instant.now()).toSeconds() + " s");
        LOG.info("Cierre, plan del lector:\n" + plan());

        long id = actores.comoSistema(() -> programacion.lanzar(
                        ProgramacionNocturna.CIERRE_DE_OFICIO, LocalDate.of(1900, 1, 2), NOCHE, Instant.now()))
                .orElseThrow();
        JobExecution ejecucion = esperar(id);
        assertThat(ejecucion.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        for (StepExecution paso : BatchRuntime.getJobOperator().getStepExecutions(id)) {
            double segundos = Duration.between(
                                    paso.getStartTime().toInstant(),
                                    paso.getEndTime().toInstant())
                            .toMillis()
                    / 1000.0;
            String resumen = paso.getExitStatus();
            long hechos = Long.parseLong(resumen.replaceAll("^[A-Z]+=(\\d+).*", "$1"));
            LOG.info(String.format(
                    "Cierre, paso %s: %s en %.1f s, %.0f por segundo",
                    paso.getStepName(), resumen, segundos, hechos / Math.max(segundos, 0.001)));
        }
        LOG.info(() -> "Cierre, total: "
                + Duration.between(
                                ejecucion.getStartTime().toInstant(),
                                ejecucion.getEndTime().toInstant())
                        .toMillis() + " ms");
        try (Connection c = datos.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "select count(*) from caso where ultimo_dia_informacion < date '" + NOCHE + "'")) {
            r.next();
            assertThat(r.getLong(1)).isZero();
        }
    }

    /**
     * 950,000 cases not due (closed, or waiting with a last day to come) and 50,000 due: 40,000 Consultas and 10,000
     * Trámites with their request message, spread over the 30 days before the night, in the demo's three
     * autorizaciones.
     */
    private void rellenar() throws SQLException {
        try (Connection c = datos.getConnection();
                Statement s = c.createStatement()) {
            s.execute("""
                    create temporary table aut as select row_number() over (order by id) - 1 as n, id from autorizacion
                    where numero in ('1000001', '1000002', '1000003')""");
            s.execute("""
                    insert into caso (id, numero, autorizacion_id, origen, usuario_alta_id, tipo, materia_id,
                        categoria_id, afecta_periodo_en_curso, titulo, descripcion, fecha_alta, subestado,
                        anulacion_pendiente, anulacion_automatica, fecha_ultima_solicitud, ultimo_dia_informacion,
                        fecha_cierre, version)
                    select 500000000 + g, 'B' || lpad(g::text, 10, '0'), (select id from aut where n = g %% 3),
                        'AUTORIZADO', (select id from usuario where login = '12345678Z'),
                        case when t then 'TRAMITE' else 'CONSULTA' end,
                        (select id from materia where codigo = case when t then 'INSCRIPCION_EMPRESAS'
                            else 'COTIZACION' end),
                        (select id from categoria where codigo = case when t then 'TRA_INS_MODIFICACION_DATOS'
                            else 'CON_COT_SLD' end),
                        false, 'Caso de medida ' || g, 'Caso de la medida del cierre de oficio.',
                        now() - interval '400 days',
                        case when v then 'SOLICITADA_INFORMACION' when g %% 10 = 0 then 'SOLICITADA_INFORMACION'
                            else 'RESUELTO' end,
                        false, false,
                        case when v then (date '%1$s' - 21 - g %% 30)::timestamptz
                            when g %% 10 = 0 then now() end,
                        case when v then date '%1$s' - 1 - g %% 30
                            when g %% 10 = 0 then current_date + 20 end,
                        case when not v and g %% 10 <> 0 then now() - interval '300 days' end,
                        0
                    from generate_series(1, %2$d) g
                    cross join lateral (select g %% (%2$d / %3$d) = 0 as v) a
                    cross join lateral (select v and (g / (%2$d / %3$d)) %% 5 = 0 as t) b""".formatted(NOCHE, CASOS, VENCIDOS));
            s.execute("""
                    insert into mensaje_caso (id, caso_id, tipo, texto, autor, fecha, interno)
                    select 700000000 + c.id, c.id, 'SOLICITUD_INFORMACION',
                        'Aporte la escritura de modificación del objeto social.', 'tram.madrid1',
                        c.fecha_ultima_solicitud, false
                    from caso c where c.id > 500000000 and c.tipo = 'TRAMITE' and c.ultimo_dia_informacion < date '%s'""".formatted(NOCHE));
            s.execute("analyze caso");
            try (ResultSet r = s.executeQuery("select count(*) filter (where ultimo_dia_informacion < date '" + NOCHE
                    + "'), count(*) filter (where ultimo_dia_informacion < date '" + NOCHE
                    + "' and tipo = 'TRAMITE') from caso where id > 500000000")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(VENCIDOS);
                assertThat(r.getLong(2)).isEqualTo(TRAMITES);
            }
        }
    }

    /** The plan of the reader's query (CasoService.vencidos), its first page. */
    private String plan() throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection c = datos.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        explain (analyze, buffers) select ultimo_dia_informacion, id, numero from caso
                        where ultimo_dia_informacion < date '%s'
                          and (ultimo_dia_informacion, id) > (date '1000-01-01', 0)
                        order by ultimo_dia_informacion, id limit 500""".formatted(NOCHE))) {
            while (r.next()) {
                plan.append(r.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static JobExecution esperar(long id) throws InterruptedException {
        Instant limite = Instant.now().plus(Duration.ofMinutes(30));
        while (Instant.now().isBefore(limite)) {
            JobExecution e = BatchRuntime.getJobOperator().getJobExecution(id);
            if (e.getBatchStatus() != BatchStatus.STARTING && e.getBatchStatus() != BatchStatus.STARTED) {
                return e;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("La noche no ha terminado en 30 minutos");
    }
}
