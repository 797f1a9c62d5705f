package es.tgss.casia.caso;

import static es.tgss.casia.caso.CasoServiceIT.LUCIA_1;
import static es.tgss.casia.caso.CasoServiceIT.TRAMITADOR;
import static es.tgss.casia.caso.CasoServiceIT.consulta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    static final Llamante SUPERVISORA = Llamante.tramitador("sup.madrid");

    @Inject
    private CasoService casos;

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Test
    void unCasoAnuladoSinQueNadieLoAtendieraNoSeValoraYUnoAnuladoPorElTramitadorSi() {
        Caso presentado = casos.finalizarAlta(LUCIA_1, consulta("Anulación automática", null));
        Caso anulado = casos.solicitarAnulacion(LUCIA_1, presentado.getNumero(), presentado.getVersion(), null);
        assertThat(anulado.getSubestado()).isEqualTo(Subestado.ANULADO);
        assertThatThrownBy(() -> casos.valorar(LUCIA_1, anulado.getNumero(), anulado.getVersion(), 5, null))
                .isInstanceOf(AccionNoPermitidaException.class)
                .hasMessage("Un caso anulado antes de que lo atendiera un tramitador no se puede valorar.");

        Caso atendido = casos.finalizarAlta(LUCIA_1, consulta("Anulación aprobada", null));
        atendido = casos.asignar(TRAMITADOR, atendido.getNumero(), atendido.getVersion(), null);
        atendido = casos.solicitarAnulacion(LUCIA_1, atendido.getNumero(), atendido.getVersion(), null);
        atendido = casos.aprobarAnulacion(TRAMITADOR, atendido.getNumero(), atendido.getVersion());
        assertThat(casos.valorar(LUCIA_1, atendido.getNumero(), atendido.getVersion(), 4, null).getValoracion())
                .contains(4);
    }

    @Test
    void rechazarLaAnulacionEnSolicitadaInformacionReiniciaElPlazoYElAvisoDiceHastaCuando() {
        String titulo = "Rechazo " + UUID.randomUUID().toString().substring(0, 8);
        Caso caso = casos.finalizarAlta(LUCIA_1, consulta(titulo, null));
        caso = casos.asignar(TRAMITADOR, caso.getNumero(), caso.getVersion(), null);
        caso = casos.solicitarInformacion(TRAMITADOR, caso.getNumero(), caso.getVersion(), "Envíe el TC2.");
        Instant solicitud = caso.getFechaUltimaSolicitud().orElseThrow().toInstant();
        caso = casos.solicitarAnulacion(LUCIA_1, caso.getNumero(), caso.getVersion(), "Ya no lo necesito.");

        caso = casos.rechazarAnulacion(TRAMITADOR, caso.getNumero(), caso.getVersion(), "Falta un dato.");

        assertThat(caso.getSubestado()).isEqualTo(Subestado.SOLICITADA_INFORMACION);
        assertThat(caso.isAnulacionPendiente()).isFalse();
        assertThat(caso.getFechaUltimaSolicitud().orElseThrow().toInstant()).isAfter(solicitud);
        String hasta = LocalDate.now(ZoneId.of("Europe/Madrid")).plusDays(20)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        List<String> cuerpos = em.createQuery("select n.cuerpo from Notificacion n where n.asunto = :a order by n.id",
                String.class).setParameter("a", titulo).getResultList();
        assertThat(cuerpos.get(cuerpos.size() - 1)).contains("Motivos:\n\nFalta un dato.",
                "vuelve a contarse desde hoy", "hasta el " + hasta + " inclusive");
    }

    @Test
    void laSupervisoraReasignaUnCasoQueYaSeAtiendeSinAvisarAlAutorizado() {
        String titulo = "Reasignar " + UUID.randomUUID().toString().substring(0, 8);
        Caso caso = casos.finalizarAlta(LUCIA_1, consulta(titulo, null));
        Caso presentado = caso;
        assertThatThrownBy(() -> casos.reasignar(SUPERVISORA, presentado.getNumero(), presentado.getVersion(),
                "tram.central1"))
                .isInstanceOf(AccionNoPermitidaException.class)
                .hasMessage("Un caso presentado se asigna; solo se reasigna un caso que ya se atiende.");
        caso = casos.asignar(TRAMITADOR, caso.getNumero(), caso.getVersion(), null);
        long avisos = avisos(titulo);

        caso = casos.reasignar(SUPERVISORA, caso.getNumero(), caso.getVersion(), "tram.central1");

        assertThat(caso.getSubestado()).isEqualTo(Subestado.ASIGNADO);
        assertThat(caso.getTramitador()).hasValueSatisfying(t -> assertThat(t.getLogin()).isEqualTo("tram.central1"));
        assertThat(caso.getUnidad()).hasValueSatisfying(u -> assertThat(u.getCodigo()).isEqualTo("UC-COT"));
        assertThat(casos.historial(TRAMITADOR, caso.getNumero())).extracting(HistorialCaso::getAccion)
                .endsWith(Accion.ASIGNAR, Accion.REASIGNAR);
        assertThat(avisos(titulo)).isEqualTo(avisos);
    }

    private long avisos(String titulo) {
        return em.createQuery("select count(n) from Notificacion n where n.asunto = :a", Long.class)
                .setParameter("a", titulo).getSingleResult();
    }
}
