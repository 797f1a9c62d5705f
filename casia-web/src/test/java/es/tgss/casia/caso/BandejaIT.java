package es.tgss.casia.caso;

import static es.tgss.casia.prueba.Actores.LUCIA_1;
import static es.tgss.casia.prueba.Actores.SUPERVISORA;
import static es.tgss.casia.prueba.Actores.TRAMITADOR;
import static es.tgss.casia.prueba.Actores.TRAMITADORA_CENTRAL;
import static es.tgss.casia.prueba.Casos.consulta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.tgss.casia.caso.vista.CriteriosBandeja;
import es.tgss.casia.caso.vista.FilaBandeja;
import es.tgss.casia.caso.vista.LineaHistorial;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.comun.Pagina;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.prueba.Actores;
import es.tgss.casia.prueba.ContadorDeSentencias;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tramitador's bandeja (who sees what, each filter, what a page costs) and the audit of the TGSS's actions
 * (the address, the internal notes, the history and messages that cannot be changed).
 */
@ExtendWith(ArquillianExtension.class)
class BandejaIT {

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

    @Test
    void cadaTramitadorVeSuUnidadYLoQueNadieHaTomadoYLaSupervisoraTodo() {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta("Bandeja unidad").crear());
        String numero = caso.getNumero();

        // Nobody has it: every tramitador sees it, with "Tomar".
        actores.entrar(TRAMITADORA_CENTRAL);
        assertThat(fila(numero))
                .isNotNull()
                .satisfies(f -> assertThat(f.tomable()).isTrue());
        actores.entrar(TRAMITADOR);
        caso = casos.asignar(numero, caso.getVersion(), null);

        // Taken in DP-28: out of UC-COT's bandeja, in DP-28's and the supervisora's.
        assertThat(fila(numero)).satisfies(f -> {
            assertThat(f.unidad()).isEqualTo("DP-28");
            assertThat(f.tramitador()).isEqualTo("tram.madrid1");
            assertThat(f.tomable()).isFalse();
        });
        assertThat(buscar(filtro().mios(true)).elementos())
                .extracting(FilaBandeja::numero)
                .contains(numero);
        actores.entrar(TRAMITADORA_CENTRAL);
        assertThat(fila(numero)).isNull();
        assertThat(buscar(filtro().unidad("DP-28")).elementos())
                .as("a tramitador cannot ask for another unidad")
                .extracting(FilaBandeja::numero)
                .doesNotContain(numero);
        actores.entrar(SUPERVISORA);
        assertThat(fila(numero)).isNotNull();
        assertThat(buscar(filtro().unidad("DP-28")).elementos())
                .extracting(FilaBandeja::numero)
                .contains(numero);
        assertThat(buscar(filtro().unidad("UC-COT")).elementos())
                .extracting(FilaBandeja::numero)
                .doesNotContain(numero);
    }

    @Test
    void anulacionPendienteYVenceProntoYOrigen() throws SQLException {
        actores.entrar(LUCIA_1);
        Caso pendiente = casos.finalizarAlta(consulta("Bandeja pendiente").crear());
        Caso vence = casos.finalizarAlta(consulta("Bandeja vence").crear());
        Caso tiempo = casos.finalizarAlta(consulta("Bandeja con tiempo").crear());
        actores.entrar(TRAMITADOR);
        for (Caso c : List.of(pendiente, vence, tiempo)) {
            casos.asignar(c.getNumero(), c.getVersion(), null);
        }
        casos.solicitarInformacion(vence.getNumero(), version(vence.getNumero()), "Falta el recibo.");
        casos.solicitarInformacion(tiempo.getNumero(), version(tiempo.getNumero()), "Falta el recibo.");
        // 17 days ago: 3 days left to answer (the last day is the request's day + 20); 16 days ago: 4 left.
        haceDias(vence.getNumero(), 17);
        haceDias(tiempo.getNumero(), 16);
        actores.entrar(LUCIA_1);
        casos.solicitarAnulacion(pendiente.getNumero(), version(pendiente.getNumero()), "Ya no hace falta.");

        actores.entrar(TRAMITADOR);
        assertThat(buscar(filtro().anulacionPendiente(true)).elementos())
                .extracting(FilaBandeja::numero)
                .contains(pendiente.getNumero())
                .doesNotContain(vence.getNumero(), tiempo.getNumero());
        assertThat(buscar(filtro().vencePronto(true)).elementos())
                .extracting(FilaBandeja::numero)
                .contains(vence.getNumero())
                .doesNotContain(tiempo.getNumero(), pendiente.getNumero());
        assertThat(fila(vence.getNumero()).ultimoDiaRespuesta())
                .isEqualTo(vista.detalle(vence.getNumero()).ultimoDiaRespuesta());
        Caso deLaTgss = casos.abrirPorTgss("1000001", consulta("Bandeja TGSS").crear(), "Aporte el recibo.");
        assertThat(buscar(filtro().origen(Origen.TGSS)).elementos())
                .extracting(FilaBandeja::numero)
                .contains(deLaTgss.getNumero())
                .doesNotContain(pendiente.getNumero());
        // The NIF as a person types it: lower case, spaces around.
        assertThat(vista.bandeja(new CriteriosBandeja(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                " 12345678z ",
                                null,
                                null,
                                false,
                                false,
                                false,
                                null,
                                true,
                                0,
                                100))
                        .elementos())
                .extracting(FilaBandeja::numero)
                .contains(pendiente.getNumero());
    }

    @Test
    void unaPaginaDeLaBandejaSonDosSentencias() {
        actores.entrar(LUCIA_1);
        for (int i = 0; i < 25; i++) {
            casos.finalizarAlta(consulta("Bandeja página " + i).crear());
        }
        actores.entrar(SUPERVISORA);
        try (ContadorDeSentencias contador = ContadorDeSentencias.empezar(em)) {
            Pagina<FilaBandeja> pagina = vista.bandeja(CriteriosBandeja.abiertos());
            assertThat(pagina.elementos()).hasSize(20);
            assertThat(pagina.total()).isGreaterThanOrEqualTo(25);
            // Oldest first.
            assertThat(pagina.elementos().get(0).fechaAlta())
                    .isBeforeOrEqualTo(pagina.elementos().get(19).fechaAlta());
            assertThat(contador.sentencias()).hasSize(2);
        }
        // A tramitador's own unidad is read in the same statement: still two.
        actores.entrar(TRAMITADOR);
        try (ContadorDeSentencias contador = ContadorDeSentencias.empezar(em)) {
            assertThat(vista.bandeja(CriteriosBandeja.abiertos()).elementos()).hasSize(20);
            assertThat(contador.sentencias()).hasSize(2);
        }
    }

    @Test
    void laNotaInternaNoLaVeElAutorizadoYElHistorialDiceDesdeDonde() throws SQLException {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta("Bandeja nota").crear());
        String numero = caso.getNumero();
        actores.entrar(TRAMITADOR);
        assertThatThrownBy(() -> casos.anadirNotaInterna(numero, "  "))
                .isInstanceOfSatisfying(
                        ErrorDeNegocio.class, e -> assertThat(e.errores()).containsKey("nota"));
        int antes = version(numero);
        casos.anadirNotaInterna(numero, "Revisar con la unidad central.");
        assertThat(version(numero)).as("a note changes nothing of the case").isEqualTo(antes);

        List<LineaHistorial> tgss = vista.historial(numero);
        assertThat(tgss).extracting(LineaHistorial::accion).contains(Accion.NOTA_INTERNA);
        assertThat(tgss).allSatisfy(l -> assertThat(l.direccion()).isNotBlank());
        assertThat(vista.mensajes(numero)).anySatisfy(m -> assertThat(m.tipo()).isEqualTo(TipoMensaje.NOTA_INTERNA));

        actores.entrar(LUCIA_1);
        assertThat(vista.historial(numero)).extracting(LineaHistorial::accion).doesNotContain(Accion.NOTA_INTERNA);
        assertThat(vista.historial(numero))
                .allSatisfy(l -> assertThat(l.direccion()).isNull());
        assertThat(vista.mensajes(numero)).noneSatisfy(m -> assertThat(m.tipo()).isEqualTo(TipoMensaje.NOTA_INTERNA));

        // Closed, it can still be annotated; and the history and messages cannot be changed, whoever tries.
        actores.entrar(TRAMITADOR);
        casos.asignar(numero, version(numero), null);
        casos.resolver(numero, version(numero), "Resuelto.");
        casos.anadirNotaInterna(numero, "Cerrado tras llamada.");
        try (Connection c = datos.getConnection()) {
            for (String sql : List.of(
                    "update historial_caso set actor = 'otro' where caso_id = (select id from caso where numero = ?)",
                    "delete from mensaje_caso where caso_id = (select id from caso where numero = ?)")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, numero);
                    assertThatThrownBy(ps::executeUpdate)
                            .isInstanceOf(SQLException.class)
                            .hasMessageContaining("no se modifican");
                }
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private FilaBandeja fila(String numero) {
        return buscar(filtro()).elementos().stream()
                .filter(f -> f.numero().equals(numero))
                .findFirst()
                .orElse(null);
    }

    private Pagina<FilaBandeja> buscar(Filtro f) {
        return vista.bandeja(new CriteriosBandeja(
                null,
                null,
                null,
                null,
                null,
                f.origen,
                null,
                null,
                null,
                null,
                f.anulacionPendiente,
                f.vencePronto,
                f.mios,
                f.unidad,
                true,
                0,
                100));
    }

    private static Filtro filtro() {
        return new Filtro();
    }

    /** The few filters these tests vary; newest first, so the cases just filed are on the first page. */
    private static final class Filtro {
        Origen origen;
        boolean anulacionPendiente;
        boolean vencePronto;
        boolean mios;
        String unidad;

        Filtro origen(Origen o) {
            origen = o;
            return this;
        }

        Filtro anulacionPendiente(boolean b) {
            anulacionPendiente = b;
            return this;
        }

        Filtro vencePronto(boolean b) {
            vencePronto = b;
            return this;
        }

        Filtro mios(boolean b) {
            mios = b;
            return this;
        }

        Filtro unidad(String u) {
            unidad = u;
            return this;
        }
    }

    private int version(String numero) {
        return vista.detalle(numero).cabecera().version();
    }

    /**
     * The request for information made that many days ago (the clock of the server is the real one), with the last
     * day it would have been given: its Madrid date + 20 (no weekend in between to move it, whatever today is).
     */
    private void haceDias(String numero, int dias) throws SQLException {
        try (Connection c = datos.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "update caso set fecha_ultima_solicitud = fecha_ultima_solicitud - make_interval(days => ?),"
                                + " ultimo_dia_informacion = ((fecha_ultima_solicitud - make_interval(days => ?))"
                                + " at time zone 'Europe/Madrid')::date + 20 where numero = ?")) {
            ps.setInt(1, dias);
            ps.setInt(2, dias);
            ps.setString(3, numero);
            assertThat(ps.executeUpdate()).isOne();
        }
    }
}
