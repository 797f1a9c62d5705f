package es.tgss.casia.caso;

import static es.tgss.casia.error.CodigoError.ACCESO_NO_PERMITIDO;
import static es.tgss.casia.error.CodigoError.CASO_NO_ENCONTRADO;
import static es.tgss.casia.prueba.Actores.ANA_3;
import static es.tgss.casia.prueba.Actores.LUCIA_1;
import static es.tgss.casia.prueba.Actores.LUCIA_SIN_ELEGIR;
import static es.tgss.casia.prueba.Actores.OPS;
import static es.tgss.casia.prueba.Actores.PEDRO_EN_1;
import static es.tgss.casia.prueba.Actores.TRAMITADOR;
import static es.tgss.casia.prueba.Casos.consulta;
import static es.tgss.casia.prueba.Casos.tramite;
import static es.tgss.casia.prueba.Fallos.codigo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.tgss.casia.caso.vista.DetalleCaso;
import es.tgss.casia.caso.vista.FilaCaso;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.comun.Pagina;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.prueba.Actores;
import es.tgss.casia.prueba.ContadorDeSentencias;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The read models: what a page of a list costs in SQL, and that they keep the access rule of the commands. */
@ExtendWith(ArquillianExtension.class)
class VistaDeCasosIT {

    @Inject
    private CasoService casos;

    @Inject
    private VistaDeCasos vista;

    @Inject
    private Actores actores;

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Resource(lookup = "jdbc/casia")
    private DataSource datos;

    private static CriteriosBusqueda esteMes() {
        return CriteriosBusqueda.delMes(YearMonth.now(ZoneId.of("Europe/Madrid")));
    }

    @Test
    void unaPaginaDe50CuestaDosSentenciasParaElAutorizadoYParaLaTgss() {
        actores.entrar(LUCIA_1);
        for (int i = 0; i < 55; i++) {
            casos.finalizarAlta(consulta("Lista " + i).crear());
        }

        try (ContadorDeSentencias contador = ContadorDeSentencias.empezar(em)) {
            Pagina<FilaCaso> pagina = vista.buscar(esteMes().pagina(0, 50));

            assertThat(pagina.elementos()).hasSize(50);
            assertThat(pagina.total()).isGreaterThanOrEqualTo(55);
            assertThat(pagina.elementos()).allSatisfy(f -> {
                assertThat(f.autorizacion()).isEqualTo("1000001");
                assertThat(f.materia()).isNotBlank();
                assertThat(f.categoria()).isNotBlank();
                assertThat(f.usuarioAlta()).isNotBlank();
            });
            // The rows, with their joins, and the count: nothing loaded row by row.
            assertThat(contador.sentencias())
                    .as("sentencias de una página de 50")
                    .hasSize(2)
                    .anySatisfy(
                            sql -> assertThat(sql).containsIgnoringCase("JOIN").containsIgnoringCase("LIMIT"))
                    .anySatisfy(sql -> assertThat(sql).containsIgnoringCase("COUNT("));
        }

        actores.entrar(TRAMITADOR);
        try (ContadorDeSentencias contador = ContadorDeSentencias.empezar(em)) {
            Pagina<FilaCaso> pagina = vista.buscar(esteMes().pagina(0, 50));
            assertThat(pagina.elementos()).hasSize(50);
            assertThat(contador.sentencias())
                    .as("sentencias de una página de 50 de la TGSS")
                    .hasSize(2);
        }
    }

    @Test
    void elDetalleTraeSusDatosDocumentosYJustificantesEnCuatroSentencias() {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(tramite("Detalle").crear());

        try (ContadorDeSentencias contador = ContadorDeSentencias.empezar(em)) {
            DetalleCaso detalle = vista.detalle(caso.getNumero());

            assertThat(detalle.cabecera().subestado()).isEqualTo(Subestado.PRESENTADO);
            assertThat(detalle.cabecera().subcategoria()).isNotBlank();
            assertThat(detalle.cabecera().razonSocial()).isNotBlank();
            assertThat(detalle.cabecera().nifUsuarioAlta()).isEqualTo("12345678Z");
            assertThat(detalle.cabecera().nombreYApellidosUsuarioAlta()).isEqualTo("Lucía Martín Ortega");
            assertThat(detalle.cabecera().version()).isEqualTo(caso.getVersion());
            assertThat(detalle.datos())
                    .singleElement()
                    .satisfies(d -> assertThat(d.ccc()).isEqualTo("28123456742"));
            assertThat(detalle.documentos()).isEmpty();
            assertThat(detalle.justificantes())
                    .singleElement()
                    .satisfies(j -> assertThat(j.tamano()).isPositive());
            assertThat(detalle.ultimoDiaRespuesta()).isNull();
            assertThat(contador.sentencias()).hasSize(4);
        }
    }

    /** DESIGN.md: escalating, transferring and who works a case are internal; the autorizado sees the substate. */
    @Test
    void elAutorizadoNoVeLaGestionInternaDeLaTgss() {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta("Gestión interna").crear());
        String n = caso.getNumero();
        actores.entrar(TRAMITADOR);
        caso = casos.asignar(n, caso.getVersion(), null);
        casos.escalar(n, caso.getVersion(), "Motivo interno: revisar con la Subdirección");

        assertThat(vista.historial(n))
                .filteredOn(l -> l.accion() == Accion.ESCALAR)
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.observacion()).isEqualTo("Motivo interno: revisar con la Subdirección");
                    assertThat(l.actor()).isEqualTo("tram.madrid1");
                });
        assertThat(vista.detalle(n).cabecera().unidad()).isEqualTo("DP-28");

        actores.entrar(LUCIA_1);
        assertThat(vista.historial(n))
                .extracting(l -> l.accion(), l -> l.actor(), l -> l.observacion())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Accion.FINALIZAR_ALTA, "12345678Z", null),
                        org.assertj.core.groups.Tuple.tuple(Accion.ASIGNAR, null, null),
                        org.assertj.core.groups.Tuple.tuple(Accion.ESCALAR, null, null));
        DetalleCaso.Cabecera cabecera = vista.detalle(n).cabecera();
        assertThat(cabecera.subestado()).isEqualTo(Subestado.ESCALADO);
        assertThat(cabecera.unidad()).isNull();
        assertThat(cabecera.tramitador()).isNull();
        assertThat(vista.buscar(esteMes().pagina(0, 100)).elementos())
                .filteredOn(f -> f.numero().equals(n))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.unidad()).isNull();
                    assertThat(f.tramitador()).isNull();
                });
    }

    /** Nothing in usuario_rol stops one person from being autorizado and tramitador: such a caller is refused. */
    @Test
    void quienEsAutorizadoYTramitadorALaVezNoLeeNada() throws SQLException {
        try (Connection c = datos.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("insert into usuario_rol (usuario_id, rol) select id, 'TRAMITADOR' from usuario"
                    + " where login = '11111111H'");
        }
        try {
            actores.entrar(ANA_3);
            assertThatThrownBy(() -> vista.buscar(esteMes()))
                    .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(ACCESO_NO_PERMITIDO));
        } finally {
            actores.salir();
            try (Connection c = datos.getConnection();
                    Statement s = c.createStatement()) {
                s.executeUpdate("delete from usuario_rol where rol = 'TRAMITADOR' and usuario_id ="
                        + " (select id from usuario where login = '11111111H')");
            }
        }
    }

    @Test
    void lasVistasGuardanElAislamientoDeLasAcciones() {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta("Aislado").crear());
        String n = caso.getNumero();

        // Naming an autorización he does not belong to shows Pedro nothing: the queries check membership.
        actores.entrar(PEDRO_EN_1);
        assertThatThrownBy(() -> vista.detalle(n))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(CASO_NO_ENCONTRADO));
        assertThatThrownBy(() -> vista.historial(n))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(CASO_NO_ENCONTRADO));
        assertThatThrownBy(() -> vista.mensajes(n))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(CASO_NO_ENCONTRADO));
        assertThat(vista.buscar(esteMes().pagina(0, 100)).elementos())
                .noneMatch(f -> f.numero().equals(n));

        actores.entrar(TRAMITADOR);
        assertThat(vista.detalle(n).cabecera().titulo()).isEqualTo("Aislado");
        actores.entrar(LUCIA_1);
        assertThat(vista.historial(n))
                .singleElement()
                .satisfies(l -> assertThat(l.accion()).isEqualTo(Accion.FINALIZAR_ALTA));
    }

    @Test
    void sinAutorizacionElegidaNiSiendoOpsNoSeVeNada() {
        actores.entrar(LUCIA_SIN_ELEGIR);
        assertThatThrownBy(() -> vista.buscar(esteMes()))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(ACCESO_NO_PERMITIDO))
                .hasMessage("Elija antes la autorización desde la que actúa.");
        actores.entrar(OPS);
        assertThatThrownBy(() -> vista.buscar(esteMes())).isInstanceOf(EJBAccessException.class);
        actores.salir();
        assertThatThrownBy(() -> vista.historial("1999/99999999")).isInstanceOf(EJBAccessException.class);
    }

    /**
     * The two shapes of the month search have an index of their own: the autorizado's (autorización + dates) and the
     * TGSS's (dates only, newest first). The tables of a test are too small for the planner to prefer an index, so
     * sequential scans are forbidden in the transaction: a plan without the index would mean none fits the shape.
     * For the autorizado's shape two other indexes can serve as well on such tables (the dates' with a filter, the
     * alta token's with a sort), and which one the planner took changed with how many cases the other tests had
     * written: they are dropped inside the rolled-back transaction, so the plan says whether the shape's own fits.
     */
    @Test
    void lasBusquedasDelMesTienenUnIndiceParaSuForma() throws SQLException {
        Timestamp desde = Timestamp.from(Instant.parse("2026-11-01T00:00:00Z"));
        Timestamp hasta = Timestamp.from(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(plan("""
                select c.id from caso c where c.fecha_alta >= ? and c.fecha_alta < ?
                order by c.fecha_alta desc, c.id desc limit 50""", desde, hasta)).contains("ix_caso_fecha_alta");
        assertThat(planSin(
                        "drop index ix_caso_fecha_alta; alter table caso drop constraint uk_caso_token_alta",
                        """
                select c.id from caso c where c.autorizacion_id = ? and c.fecha_alta >= ? and c.fecha_alta < ?
                order by c.fecha_alta desc, c.id desc limit 50""",
                        1L,
                        desde,
                        hasta))
                .contains("ix_caso_autorizacion_fecha");
    }

    private String plan(String sql, Object... parametros) throws SQLException {
        return planSin("select 1", sql, parametros);
    }

    /** The plan of the query once {@code sinIndices} has dropped some indexes, all rolled back afterwards. */
    private String planSin(String sinIndices, String sql, Object... parametros) throws SQLException {
        try (Connection c = datos.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set local enable_seqscan = off");
                s.execute(sinIndices);
            }
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement explicar = c.prepareStatement("explain " + sql)) {
                for (int i = 0; i < parametros.length; i++) {
                    explicar.setObject(i + 1, parametros[i]);
                }
                try (ResultSet filas = explicar.executeQuery()) {
                    while (filas.next()) {
                        plan.append(filas.getString(1)).append('\n');
                    }
                }
            } finally {
                c.rollback();
            }
            return plan.toString();
        }
    }
}
