package es.tgss.casia.lote;

import static es.tgss.casia.prueba.Actores.ANA_3;
import static es.tgss.casia.prueba.Actores.LUCIA_1;
import static es.tgss.casia.prueba.Actores.OPS;
import static es.tgss.casia.prueba.Actores.SUPERVISORA;
import static es.tgss.casia.prueba.Actores.TRAMITADOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.tgss.casia.calendario.Ambito;
import es.tgss.casia.calendario.Calendario;
import es.tgss.casia.calendario.DiasInhabiles;
import es.tgss.casia.caso.Accion;
import es.tgss.casia.caso.Caso;
import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.CicloDeVidaCaso;
import es.tgss.casia.caso.Subestado;
import es.tgss.casia.caso.justificante.VerificacionDeJustificantes;
import es.tgss.casia.caso.vista.LineaHistorial;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.emision.Cea;
import es.tgss.casia.prueba.Actores;
import es.tgss.casia.prueba.Casos;
import es.tgss.casia.prueba.CasosVencidosDePrueba;
import es.tgss.casia.prueba.Correos;
import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly cierre de oficio as Jakarta Batch runs it inside the server, on PostgreSQL. The tests launch it as the
 * timer does, with the system identity ({@code @RunAs}); the job's calls are allowed to that identity only, so a run
 * that closes cases shows the identity reached the batch threads.
 *
 * <p>Each test works on a night of its own: the guard day is a random day of the 1900s, and the cases it makes due
 * get a random last day of 1950–2019 with the night's fechaReferencia the day after. The cases other classes leave
 * waiting have last days of this decade, which no test night reaches.
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
    private DiasInhabiles diasInhabiles;

    @Inject
    private VerificacionDeJustificantes verificacion;

    @Inject
    private Actores actores;

    @Resource(lookup = "jdbc/casia")
    private DataSource datos;

    // ---- the nights ------------------------------------------------------------------------------------

    @Test
    void cierraLosVencidosYNoLosQueAunEstanEnPlazoNiLosContestados() throws Exception {
        LocalDate noche = vencimientoDePrueba().plusDays(1);
        Caso vencido = pidiendoInformacion("Vencido ayer");
        Caso ultimoDiaHoy = pidiendoInformacion("Su último día es hoy");
        Caso contestado = pidiendoInformacion("Contestado a tiempo");
        vencerEl(vencido.getNumero(), noche.minusDays(1));
        vencerEl(ultimoDiaHoy.getNumero(), noche);
        vencerEl(contestado.getNumero(), noche.minusDays(1));
        actores.entrar(LUCIA_1);
        casos.modificarInformacion(
                contestado.getNumero(), version(contestado.getNumero()), "Aquí está el CCC.", List.of());

        JobExecution ejecucion = noche(noche);

        assertThat(ejecucion.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(subestado(vencido.getNumero())).isEqualTo(Subestado.DE_OFICIO);
        assertThat(subestado(ultimoDiaHoy.getNumero())).isEqualTo(Subestado.SOLICITADA_INFORMACION);
        assertThat(subestado(contestado.getNumero())).isEqualTo(Subestado.ASIGNADO);
        actores.entrar(LUCIA_1);
        assertThat(vista.historial(vencido.getNumero())).last().satisfies(h -> {
            assertThat(h.accion()).isEqualTo(Accion.CERRAR_DE_OFICIO);
            assertThat(h.actor()).isEqualTo(Rol.PRINCIPAL_SISTEMA);
        });
        assertThat(resumen(ejecucion)).containsEntry("cerrar", "CERRADOS=1 OMITIDOS=0");
        // The one still in time is answered: no later night of this class finds it due.
        actores.entrar(LUCIA_1);
        casos.modificarInformacion(
                ultimoDiaHoy.getNumero(), version(ultimoDiaHoy.getNumero()), "Aquí está el CCC.", List.of());
    }

    @Test
    void elPlazoGuardadoSeMuevePasadoElDiaInhabilYElCierreLoRespeta() throws Exception {
        // A holiday on the day 20 days from today (if it is a weekday): the request made now must end after it.
        LocalDate hoy = LocalDate.now(CicloDeVidaCaso.ZONA);
        LocalDate vigesimo = hoy.plusDays(20);
        boolean anadido = false;
        actores.entrar(SUPERVISORA);
        if (!diasInhabiles.calendario().inhabil(vigesimo)) {
            diasInhabiles.anadir(vigesimo, "Fiesta de prueba del cierre de oficio", Ambito.EXTRAORDINARIO);
            anadido = true;
        }
        try {
            Caso caso = pidiendoInformacion("Plazo con festivo");
            LocalDate ultimo = caso.getUltimoDiaInformacion().orElseThrow();
            Calendario calendario = diasInhabiles.calendario();
            assertThat(ultimo)
                    .isAfter(vigesimo)
                    .isEqualTo(calendario.ultimoDiaDelPlazo(
                            caso.getFechaUltimaSolicitud().orElseThrow().toInstant(), 20));
            assertThat(calendario.inhabil(ultimo)).isFalse();
            actores.entrar(TRAMITADOR);
            assertThat(vista.detalle(caso.getNumero()).ultimoDiaRespuesta()).isEqualTo(ultimo);
            // The night of its last day leaves it open; the night after closes it (the rule checks the stored day).
            assertThat(cerrarComoSistema(caso.getNumero(), ultimo.atTime(23, 59).atZone(CicloDeVidaCaso.ZONA)))
                    .hasMessageContaining("podrá cerrarse de oficio a partir del");
            // Other tests' cases may be due that night; this one is not.
            assertThat(actores.comoSistema(() -> casos.vencidos(ultimo, ultimo.minusDays(1), 0, 1000)))
                    .extracting(CasoService.Vencido::numero)
                    .doesNotContain(caso.getNumero());
            assertThat(actores.comoSistema(() -> casos.vencidos(ultimo.plusDays(1), ultimo.minusDays(1), 0, 1000)))
                    .extracting(CasoService.Vencido::numero)
                    .contains(caso.getNumero());
        } finally {
            if (anadido) {
                actores.entrar(SUPERVISORA);
                diasInhabiles.quitar(vigesimo);
            }
        }
    }

    @Test
    void unTramiteRecibeSuResolucionEnLaSedeYSuAvisoUnaConsultaNo() throws Exception {
        LocalDate noche = vencimientoDePrueba().plusDays(1);
        Caso tramite =
                pidiendoInformacion(Casos.tramite("Trámite sin respuesta").crear());
        Caso consulta = pidiendoInformacion("Consulta sin respuesta");
        vencerEl(tramite.getNumero(), noche.minusDays(1));
        vencerEl(consulta.getNumero(), noche.minusDays(1));

        JobExecution ejecucion;
        try (Correos correos = new Correos()) {
            ejecucion = noche(noche);
            // The closure's notice and the Sede's, both to the autorización's contact, with the case's title.
            Correos.esperar(Duration.ofSeconds(30), "los avisos del cierre y de la Sede", () -> {
                List<String> textos = correos.conAsunto("Trámite sin respuesta").stream()
                        .map(m -> Correos.parte(m, "text/plain"))
                        .toList();
                return textos.stream().anyMatch(t -> t.contains("cerrado de oficio"))
                        && textos.stream().anyMatch(t -> t.contains("Sede Electrónica"));
            });
            assertThat(correos.conAsunto("Trámite sin respuesta"))
                    .extracting(m -> Correos.parte(m, "text/plain"))
                    .anySatisfy(t -> assertThat(t).contains("cerrado de oficio"))
                    .anySatisfy(t -> assertThat(t)
                            .contains("Sede Electrónica")
                            .contains("Notificaciones")
                            .doesNotContain("desistido"));
        }

        assertThat(ejecucion.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumen(ejecucion)).containsEntry("cerrar", "CERRADOS=2 OMITIDOS=0");
        assertThat(resumen(ejecucion).get("emitir")).matches("EMITIDAS=[1-9]\\d*");
        assertThat(subestado(consulta.getNumero())).isEqualTo(Subestado.DE_OFICIO);
        assertThat(resolucionDe(consulta.getNumero())).isEmpty();

        Map<String, Object> resolucion = resolucionDe(tramite.getNumero());
        assertThat(resolucion.get("puesta_disposicion")).isNotNull();
        assertThat(resolucion.get("ultimo_dia").toString())
                .isEqualTo(noche.minusDays(1).toString());
        // Stored as a justificante of the case with its CEA: anyone can verify it.
        Cea.Clave clave = new Cea.Clave((String) resolucion.get("cea_id"), (String) resolucion.get("cea_codigo"));
        assertThat(verificacion.verificar(clave)).isPresent();
        byte[] pdf = verificacion.pdf(clave).orElseThrow();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        actores.entrar(TRAMITADOR);
        assertThat(vista.historial(tramite.getNumero()))
                .extracting(LineaHistorial::accion)
                .endsWith(Accion.CERRAR_DE_OFICIO, Accion.PUESTA_A_DISPOSICION);
    }

    @Test
    void seiscientosCasosQueNoSePuedenCerrarAlPrincipioNoParanLaNoche() throws Exception {
        LocalDate ultimo = vencimientoDePrueba();
        LocalDate noche = ultimo.plusDays(1);
        List<String> bloqueados = CasosVencidosDePrueba.insertar(datos, 600, ultimo.minusDays(1));
        List<String> detras = CasosVencidosDePrueba.insertar(datos, 25, ultimo);

        JobExecution ejecucion;
        // Someone holds the 600 at the head of the night's order (a tramitador's transaction, say) for the run.
        try (Connection otro = datos.getConnection()) {
            otro.setAutoCommit(false);
            try (PreparedStatement s = otro.prepareStatement("select id from caso where numero = any (?) for update")) {
                s.setArray(1, otro.createArrayOf("varchar", bloqueados.toArray()));
                s.executeQuery().close();
            }
            ejecucion = noche(noche);
            otro.rollback();
        }

        assertThat(ejecucion.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumen(ejecucion)).containsEntry("cerrar", "CERRADOS=25 OMITIDOS=600");
        assertThat(contarEn(detras, "DE_OFICIO")).isEqualTo(25);
        assertThat(contarEn(bloqueados, "SOLICITADA_INFORMACION")).isEqualTo(600);

        // The next night they are free and closed, once each.
        JobExecution siguiente = noche(noche.plusDays(1));
        assertThat(resumen(siguiente)).containsEntry("cerrar", "CERRADOS=600 OMITIDOS=0");
        assertThat(contarEn(bloqueados, "DE_OFICIO")).isEqualTo(600);
        assertThat(cierresPorCaso(bloqueados)).containsOnly(1L);
    }

    @Test
    void unFalloAMitadDeNochePasaAOpsYReanudarTerminaSinDuplicados() throws Exception {
        LocalDate ultimo = vencimientoDePrueba();
        List<String> vencidos = CasosVencidosDePrueba.insertar(datos, 350, ultimo);
        String rompe = vencidos.get(260);
        // A fault the job does not know (the database refuses one update): the run must stop, not skip it.
        sql("create or replace function prueba_rompe_cierre() returns trigger language plpgsql as $$ begin"
                + " if new.numero = '" + rompe + "' and new.subestado = 'DE_OFICIO' then"
                + " raise exception 'avería de prueba'; end if; return new; end $$");
        sql("create trigger tg_prueba_rompe_cierre before update on caso for each row"
                + " execute function prueba_rompe_cierre()");
        JobExecution fallida;
        try {
            fallida = noche(ultimo.plusDays(1));
        } finally {
            sql("drop trigger tg_prueba_rompe_cierre on caso");
            sql("drop function prueba_rompe_cierre()");
        }
        assertThat(fallida.getBatchStatus()).isEqualTo(BatchStatus.FAILED);
        // Chunks of 100 in two partitions: the other partition closed its half, the broken case's partition its
        // chunks before the broken one, which rolled back.
        long cerrados = contarEn(vencidos, "DE_OFICIO");
        assertThat(cerrados).isPositive().isLessThan(350);
        assertThat(contarEn(List.of(rompe), "SOLICITADA_INFORMACION")).isEqualTo(1);
        // Ops read on the step what its partitions did, and why it stopped.
        assertThat(resumen(fallida).get("cerrar")).startsWith("CERRADOS=" + cerrados + " OMITIDOS=0 ERROR=");

        actores.entrar(OPS);
        long reanudada = programacion.reanudar(fallida.getExecutionId());
        JobExecution fin = esperar(reanudada);

        assertThat(fin.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        // Restarted from its checkpoint: it closed those left, not the 350.
        assertThat(resumen(fin)).containsEntry("cerrar", "CERRADOS=" + (350 - cerrados) + " OMITIDOS=0");
        assertThat(contarEn(vencidos, "DE_OFICIO")).isEqualTo(350);
        assertThat(cierresPorCaso(vencidos)).containsOnly(1L);
    }

    @Test
    void laBaseDeDatosRechazaUnaSegundaResolucionParaElMismoCaso() throws Exception {
        LocalDate noche = vencimientoDePrueba().plusDays(1);
        Caso tramite = pidiendoInformacion(Casos.tramite("Una sola resolución").crear());
        vencerEl(tramite.getNumero(), noche.minusDays(1));
        noche(noche);
        assertThat(resolucionDe(tramite.getNumero())).isNotEmpty();

        assertThatThrownBy(() -> sql("insert into resolucion_desistimiento (id, caso_id, autorizacion_id, solicitada,"
                        + " ultimo_dia, cerrado) select nextval('resolucion_desistimiento_seq'), c.id,"
                        + " c.autorizacion_id, now(), current_date, now() from caso c where c.numero = '"
                        + tramite.getNumero() + "'"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("uq_resolucion_caso");
        // A second night finds nothing to close or issue for it.
        JobExecution otra = noche(noche.plusDays(1));
        assertThat(otra.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(cierresPorCaso(List.of(tramite.getNumero()))).containsOnly(1L);
    }

    @Test
    void sinComparecenciaEnDiezDiasNaturalesLaNotificacionSeRechaza() throws Exception {
        LocalDate noche = vencimientoDePrueba().plusDays(1);
        Caso tramite = pidiendoInformacion(Casos.tramite("Nadie la abre").crear());
        vencerEl(tramite.getNumero(), noche.minusDays(1));
        noche(noche);
        // Put at disposal 10 days and a minute ago; the next night records the rejection (art. 43.2).
        sql("update resolucion_desistimiento set puesta_disposicion = now() - interval '10 days 1 minute'"
                + " where caso_id = (select id from caso where numero = '" + tramite.getNumero() + "')");

        JobExecution siguiente = noche(noche.plusDays(1));

        assertThat(resumen(siguiente).get("rechazar")).matches("RECHAZADAS=[1-9]\\d*");
        assertThat(resolucionDe(tramite.getNumero()).get("rechazada")).isNotNull();
        actores.entrar(LUCIA_1);
        assertThat(vista.historial(tramite.getNumero()))
                .extracting(LineaHistorial::accion)
                .endsWith(Accion.NOTIFICACION_RECHAZADA);
        // Once: a later night does not reject it again.
        noche(noche.plusDays(2));
        actores.entrar(LUCIA_1);
        assertThat(vista.historial(tramite.getNumero()))
                .filteredOn(h -> h.accion() == Accion.NOTIFICACION_RECHAZADA)
                .hasSize(1);
    }

    @Test
    void dosLanzamientosALaVezDeLaMismaNocheSonUnaEjecucion() throws Exception {
        LocalDate dia = diaDePrueba();
        LocalDate referencia = vencimientoDePrueba();
        Instant ahora = Instant.now();
        CountDownLatch salida = new CountDownLatch(1);
        ExecutorService hilos = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<OptionalLong>> lanzamientos = List.of(1, 2).stream()
                    .map(i -> CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    salida.await();
                                    return actores.comoSistema(() -> programacion.lanzar(
                                            ProgramacionNocturna.CIERRE_DE_OFICIO, dia, referencia, ahora));
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            },
                            hilos))
                    .toList();
            salida.countDown();
            List<OptionalLong> ids =
                    lanzamientos.stream().map(CompletableFuture::join).toList();
            assertThat(ids.stream().filter(OptionalLong::isPresent)).hasSize(1);
            long id = ids.stream()
                    .filter(OptionalLong::isPresent)
                    .findFirst()
                    .orElseThrow()
                    .getAsLong();
            assertThat(esperar(id).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        } finally {
            hilos.shutdown();
        }
    }

    // ---- who may launch ---------------------------------------------------------------------------------

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
        assertThatCode(() -> programacion.ultimas(1)).doesNotThrowAnyException();
        actores.entrar(ANA_3);
        assertThatThrownBy(() -> programacion.ultimas(1)).isInstanceOf(EJBAccessException.class);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Caso pidiendoInformacion(String titulo) {
        return pidiendoInformacion(Casos.consulta(titulo).crear());
    }

    private Caso pidiendoInformacion(es.tgss.casia.caso.NuevoCaso nuevo) {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(nuevo);
        actores.entrar(TRAMITADOR);
        caso = casos.asignar(caso.getNumero(), caso.getVersion(), null);
        return casos.solicitarInformacion(caso.getNumero(), caso.getVersion(), "Indique el CCC.");
    }

    /** A random night of the 1900s, for the guard row: no real night and no other test uses it. */
    private static LocalDate diaDePrueba() {
        return LocalDate.of(1900, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(36_000));
    }

    /** A random last day of 1950–2019, a test's own stretch of the night's order. */
    private static LocalDate vencimientoDePrueba() {
        return LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(25_000));
    }

    /** Makes the case's stored last day that day, as if the information had been requested 20 days before. */
    private void vencerEl(String numero, LocalDate ultimoDia) throws SQLException {
        try (Connection c = datos.getConnection();
                PreparedStatement s = c.prepareStatement("update caso set ultimo_dia_informacion = ?,"
                        + " fecha_ultima_solicitud = (?::date - 20)::timestamptz where numero = ?")) {
            s.setObject(1, ultimoDia);
            s.setObject(2, ultimoDia);
            s.setString(3, numero);
            assertThat(s.executeUpdate()).isOne();
        }
    }

    /** The night of {@code fechaReferencia}, launched as the timer does, run to its end. */
    private JobExecution noche(LocalDate fechaReferencia) throws Exception {
        OptionalLong id = actores.comoSistema(() -> programacion.lanzar(
                ProgramacionNocturna.CIERRE_DE_OFICIO, diaDePrueba(), fechaReferencia, Instant.now()));
        assertThat(id).isPresent();
        return esperar(id.getAsLong());
    }

    private static JobExecution esperar(long id) throws InterruptedException {
        JobOperator operador = BatchRuntime.getJobOperator();
        Instant limite = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(limite)) {
            JobExecution ejecucion = operador.getJobExecution(id);
            if (ejecucion.getBatchStatus() != BatchStatus.STARTING
                    && ejecucion.getBatchStatus() != BatchStatus.STARTED) {
                return ejecucion;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("La ejecución " + id + " no ha terminado en 120 s");
    }

    /** Step → exit status. */
    private static Map<String, String> resumen(JobExecution ejecucion) {
        return BatchRuntime.getJobOperator().getStepExecutions(ejecucion.getExecutionId()).stream()
                .filter(p -> p.getExitStatus() != null)
                .collect(Collectors.toMap(StepExecution::getStepName, StepExecution::getExitStatus));
    }

    private Subestado subestado(String numero) {
        actores.entrar(TRAMITADOR);
        return vista.detalle(numero).cabecera().subestado();
    }

    private int version(String numero) {
        return vista.detalle(numero).cabecera().version();
    }

    private Exception cerrarComoSistema(String numero, java.time.ZonedDateTime cuando) {
        try {
            actores.comoSistema(() -> casos.cerrarDeOficio(numero, cuando.toInstant()));
        } catch (Exception e) {
            return e;
        }
        throw new AssertionError("El caso " + numero + " se ha cerrado antes de tiempo");
    }

    private long contarEn(List<String> numeros, String subestado) throws SQLException {
        try (Connection c = datos.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select count(*) from caso where numero = any (?) and subestado = ?")) {
            s.setArray(1, c.createArrayOf("varchar", numeros.toArray()));
            s.setString(2, subestado);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** For each case, how many times the history says it was closed de oficio. */
    private List<Long> cierresPorCaso(List<String> numeros) throws SQLException {
        try (Connection c = datos.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        select count(h.id) from caso c left join historial_caso h
                            on h.caso_id = c.id and h.accion = 'CERRAR_DE_OFICIO'
                        where c.numero = any (?) group by c.id""")) {
            s.setArray(1, c.createArrayOf("varchar", numeros.toArray()));
            try (ResultSet r = s.executeQuery()) {
                List<Long> cuentas = new java.util.ArrayList<>();
                while (r.next()) {
                    cuentas.add(r.getLong(1));
                }
                assertThat(cuentas).hasSize(numeros.size());
                return cuentas;
            }
        }
    }

    /** The case's resolución with its justificante's CEA; empty when it has none. */
    private Map<String, Object> resolucionDe(String numero) throws SQLException {
        try (Connection c = datos.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        select r.puesta_disposicion, r.ultimo_dia, r.rechazada, j.cea_id, j.cea_codigo
                        from resolucion_desistimiento r join caso c on c.id = r.caso_id
                        left join justificante j on j.id = r.justificante_id
                        where c.numero = ?""")) {
            s.setString(1, numero);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Map.of();
                }
                Map<String, Object> fila = new java.util.HashMap<>();
                for (String col : List.of("puesta_disposicion", "ultimo_dia", "rechazada", "cea_id", "cea_codigo")) {
                    fila.put(col, r.getObject(col));
                }
                return fila;
            }
        }
    }

    private void sql(String sentencia) throws SQLException {
        try (Connection c = datos.getConnection();
                var s = c.createStatement()) {
            s.execute(sentencia);
        }
    }
}
