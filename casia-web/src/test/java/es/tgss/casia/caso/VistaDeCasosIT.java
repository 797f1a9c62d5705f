package es.tgss.casia.caso;

import static es.tgss.casia.caso.CasoServiceIT.LUCIA_1;
import static es.tgss.casia.caso.CasoServiceIT.PEDRO_EN_1;
import static es.tgss.casia.caso.CasoServiceIT.TRAMITADOR;
import static es.tgss.casia.caso.CasoServiceIT.consulta;
import static es.tgss.casia.caso.CasoServiceIT.tramite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.tgss.casia.caso.vista.DetalleCaso;
import es.tgss.casia.caso.vista.FilaCaso;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.prueba.ContadorDeSentencias;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.time.ZoneId;
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

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    private static CriteriosBusqueda esteMes() {
        return CriteriosBusqueda.delMes(YearMonth.now(ZoneId.of("Europe/Madrid")));
    }

    @Test
    void unaPaginaDe50CuestaDosSentenciasParaElAutorizadoYParaLaTgss() {
        for (int i = 0; i < 55; i++) {
            casos.finalizarAlta(LUCIA_1, consulta("Lista " + i, null));
        }

        try (ContadorDeSentencias contador = ContadorDeSentencias.empezar(em)) {
            Pagina<FilaCaso> pagina = vista.buscar(LUCIA_1, esteMes().pagina(0, 50));

            assertThat(pagina.elementos()).hasSize(50);
            assertThat(pagina.total()).isGreaterThanOrEqualTo(55);
            assertThat(pagina.elementos()).allSatisfy(f -> {
                assertThat(f.autorizacion()).isEqualTo("1000001");
                assertThat(f.materia()).isNotBlank();
                assertThat(f.categoria()).isNotBlank();
                assertThat(f.usuarioAlta()).isNotBlank();
            });
            // The rows, with their joins, and the count: nothing loaded row by row.
            assertThat(contador.sentencias()).as("sentencias de una página de 50").hasSize(2)
                    .anySatisfy(sql -> assertThat(sql).containsIgnoringCase("JOIN").containsIgnoringCase("LIMIT"))
                    .anySatisfy(sql -> assertThat(sql).containsIgnoringCase("COUNT("));
        }

        try (ContadorDeSentencias contador = ContadorDeSentencias.empezar(em)) {
            Pagina<FilaCaso> pagina = vista.buscar(TRAMITADOR, esteMes().pagina(0, 50));
            assertThat(pagina.elementos()).hasSize(50);
            assertThat(contador.sentencias()).as("sentencias de una página de 50 de la TGSS").hasSize(2);
        }
    }

    @Test
    void elDetalleTraeSusDatosYDocumentosEnTresSentencias() {
        Caso caso = casos.finalizarAlta(LUCIA_1, tramite("Detalle"));

        try (ContadorDeSentencias contador = ContadorDeSentencias.empezar(em)) {
            DetalleCaso detalle = vista.detalle(LUCIA_1, caso.getNumero());

            assertThat(detalle.cabecera().subestado()).isEqualTo(Subestado.PRESENTADO);
            assertThat(detalle.cabecera().subcategoria()).isNotBlank();
            assertThat(detalle.cabecera().razonSocial()).isNotBlank();
            assertThat(detalle.cabecera().version()).isEqualTo(caso.getVersion());
            assertThat(detalle.datos()).singleElement()
                    .satisfies(d -> assertThat(d.ccc()).isEqualTo("28123456742"));
            assertThat(detalle.documentos()).isEmpty();
            assertThat(detalle.ultimoDiaRespuesta()).isNull();
            assertThat(contador.sentencias()).hasSize(3);
        }
    }

    @Test
    void lasVistasGuardanElAislamientoDeLasAcciones() {
        Caso caso = casos.finalizarAlta(LUCIA_1, consulta("Aislado", null));
        String n = caso.getNumero();

        assertThatThrownBy(() -> vista.detalle(PEDRO_EN_1, n)).isInstanceOf(CasoNoEncontradoException.class);
        assertThatThrownBy(() -> vista.historial(PEDRO_EN_1, n)).isInstanceOf(CasoNoEncontradoException.class);
        assertThatThrownBy(() -> vista.mensajes(PEDRO_EN_1, n)).isInstanceOf(CasoNoEncontradoException.class);
        assertThat(vista.buscar(PEDRO_EN_1, esteMes().pagina(0, 100)).elementos())
                .noneMatch(f -> f.numero().equals(n));

        assertThat(vista.detalle(TRAMITADOR, n).cabecera().titulo()).isEqualTo("Aislado");
        assertThat(vista.historial(LUCIA_1, n)).singleElement()
                .satisfies(l -> assertThat(l.accion()).isEqualTo(Accion.FINALIZAR_ALTA));
    }
}
