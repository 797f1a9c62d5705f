package es.tgss.casia.caso;

import static es.tgss.casia.error.CodigoError.TRANSICION_NO_PERMITIDA;
import static es.tgss.casia.prueba.Actores.LUCIA_1;
import static es.tgss.casia.prueba.Actores.SUPERVISORA;
import static es.tgss.casia.prueba.Actores.TRAMITADOR;
import static es.tgss.casia.prueba.Casos.consulta;
import static es.tgss.casia.prueba.Fallos.codigo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.tgss.casia.caso.vista.LineaHistorial;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.prueba.Actores;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The life-cycle decisions of DESIGN.md where the manual is silent, carried out by the case service. */
@ExtendWith(ArquillianExtension.class)
class DecisionesCicloDeVidaIT {

    @Inject
    private CasoService casos;

    @Inject
    private VistaDeCasos vista;

    @Inject
    private Actores actores;

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Test
    void unCasoAnuladoSinQueNadieLoAtendieraNoSeValoraYUnoAnuladoPorElTramitadorSi() {
        actores.entrar(LUCIA_1);
        Caso presentado = casos.finalizarAlta(consulta("Anulación automática").crear());
        Caso anulado = casos.solicitarAnulacion(presentado.getNumero(), presentado.getVersion(), null);
        assertThat(anulado.getSubestado()).isEqualTo(Subestado.ANULADO);
        assertThatThrownBy(() -> casos.valorar(anulado.getNumero(), anulado.getVersion(), 5, null))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(TRANSICION_NO_PERMITIDA))
                .hasMessage("Un caso anulado antes de que lo atendiera un tramitador no se puede valorar.");

        Caso atendido = casos.finalizarAlta(consulta("Anulación aprobada").crear());
        actores.entrar(TRAMITADOR);
        atendido = casos.asignar(atendido.getNumero(), atendido.getVersion(), null);
        actores.entrar(LUCIA_1);
        atendido = casos.solicitarAnulacion(atendido.getNumero(), atendido.getVersion(), null);
        actores.entrar(TRAMITADOR);
        atendido = casos.aprobarAnulacion(atendido.getNumero(), atendido.getVersion());
        actores.entrar(LUCIA_1);
        assertThat(casos.valorar(atendido.getNumero(), atendido.getVersion(), 4, null)
                        .getValoracion())
                .contains(4);
    }

    @Test
    void rechazarLaAnulacionEnSolicitadaInformacionReiniciaElPlazoYElAvisoDiceHastaCuando() {
        String titulo = "Rechazo " + UUID.randomUUID().toString().substring(0, 8);
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta(titulo).crear());
        actores.entrar(TRAMITADOR);
        caso = casos.asignar(caso.getNumero(), caso.getVersion(), null);
        caso = casos.solicitarInformacion(caso.getNumero(), caso.getVersion(), "Envíe el TC2.");
        Instant solicitud = caso.getFechaUltimaSolicitud().orElseThrow().toInstant();
        actores.entrar(LUCIA_1);
        caso = casos.solicitarAnulacion(caso.getNumero(), caso.getVersion(), "Ya no lo necesito.");

        actores.entrar(TRAMITADOR);
        caso = casos.rechazarAnulacion(caso.getNumero(), caso.getVersion(), "Falta un dato.");

        assertThat(caso.getSubestado()).isEqualTo(Subestado.SOLICITADA_INFORMACION);
        assertThat(caso.isAnulacionPendiente()).isFalse();
        assertThat(caso.getFechaUltimaSolicitud().orElseThrow().toInstant()).isAfter(solicitud);
        String hasta = LocalDate.now(ZoneId.of("Europe/Madrid"))
                .plusDays(20)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        List<String> cuerpos = em.createQuery(
                        "select n.cuerpo from Notificacion n where n.asunto = :a order by n.id", String.class)
                .setParameter("a", titulo)
                .getResultList();
        assertThat(cuerpos.get(cuerpos.size() - 1))
                .contains(
                        "Motivos:\n\nFalta un dato.",
                        "vuelve a contarse desde hoy",
                        "hasta el " + hasta + " inclusive");
    }

    @Test
    void laSupervisoraReasignaUnCasoQueYaSeAtiendeSinAvisarAlAutorizado() {
        String titulo = "Reasignar " + UUID.randomUUID().toString().substring(0, 8);
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta(titulo).crear());
        Caso presentado = caso;
        actores.entrar(SUPERVISORA);
        assertThatThrownBy(() -> casos.reasignar(presentado.getNumero(), presentado.getVersion(), "tram.central1"))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(TRANSICION_NO_PERMITIDA))
                .hasMessage("Un caso presentado se asigna; solo se reasigna un caso que ya se atiende.");
        actores.entrar(TRAMITADOR);
        caso = casos.asignar(caso.getNumero(), caso.getVersion(), null);
        long avisos = avisos(titulo);
        // Only a supervisor reassigns: the container refuses the tramitador.
        Caso asignado = caso;
        assertThatThrownBy(() -> casos.reasignar(asignado.getNumero(), asignado.getVersion(), "tram.central1"))
                .isInstanceOf(EJBAccessException.class);

        actores.entrar(SUPERVISORA);
        caso = casos.reasignar(caso.getNumero(), caso.getVersion(), "tram.central1");

        assertThat(caso.getSubestado()).isEqualTo(Subestado.ASIGNADO);
        assertThat(caso.getTramitador())
                .hasValueSatisfying(t -> assertThat(t.getLogin()).isEqualTo("tram.central1"));
        assertThat(caso.getUnidad())
                .hasValueSatisfying(u -> assertThat(u.getCodigo()).isEqualTo("UC-COT"));
        assertThat(vista.historial(caso.getNumero()))
                .extracting(LineaHistorial::accion)
                .endsWith(Accion.ASIGNAR, Accion.REASIGNAR);
        assertThat(avisos(titulo)).isEqualTo(avisos);
    }

    private long avisos(String titulo) {
        return em.createQuery("select count(n) from Notificacion n where n.asunto = :a", Long.class)
                .setParameter("a", titulo)
                .getSingleResult();
    }
}
