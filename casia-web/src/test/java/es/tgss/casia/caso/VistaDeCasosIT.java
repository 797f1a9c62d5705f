package es.tgss.casia.caso;

import static es.tgss.casia.caso.CasoServiceIT.consulta;
import static es.tgss.casia.caso.CasoServiceIT.tramite;
import static es.tgss.casia.error.CodigoError.ACCESO_NO_PERMITIDO;
import static es.tgss.casia.error.CodigoError.CASO_NO_ENCONTRADO;
import static es.tgss.casia.prueba.Actores.LUCIA_1;
import static es.tgss.casia.prueba.Actores.LUCIA_SIN_ELEGIR;
import static es.tgss.casia.prueba.Actores.OPS;
import static es.tgss.casia.prueba.Actores.PEDRO_EN_1;
import static es.tgss.casia.prueba.Actores.TRAMITADOR;
import static es.tgss.casia.prueba.Fallos.codigo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.tgss.casia.caso.vista.DetalleCaso;
import es.tgss.casia.caso.vista.FilaCaso;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.prueba.Actores;
import es.tgss.casia.prueba.ContadorDeSentencias;
import jakarta.ejb.EJBAccessException;
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

    @Inject
    private Actores actores;

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    private static CriteriosBusqueda esteMes() {
        return CriteriosBusqueda.delMes(YearMonth.now(ZoneId.of("Europe/Madrid")));
    }

    @Test
    void unaPaginaDe50CuestaDosSentenciasParaElAutorizadoYParaLaTgss() {
        actores.entrar(LUCIA_1);
        for (int i = 0; i < 55; i++) {
            casos.finalizarAlta(consulta("Lista " + i, null));
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
            assertThat(contador.sentencias()).as("sentencias de una página de 50").hasSize(2)
                    .anySatisfy(sql -> assertThat(sql).containsIgnoringCase("JOIN").containsIgnoringCase("LIMIT"))
                    .anySatisfy(sql -> assertThat(sql).containsIgnoringCase("COUNT("));
        }

        actores.entrar(TRAMITADOR);
        try (ContadorDeSentencias contador = ContadorDeSentencias.empezar(em)) {
            Pagina<FilaCaso> pagina = vista.buscar(esteMes().pagina(0, 50));
            assertThat(pagina.elementos()).hasSize(50);
            assertThat(contador.sentencias()).as("sentencias de una página de 50 de la TGSS").hasSize(2);
        }
    }

    @Test
    void elDetalleTraeSusDatosYDocumentosEnTresSentencias() {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(tramite("Detalle"));

        try (ContadorDeSentencias contador = ContadorDeSentencias.empezar(em)) {
            DetalleCaso detalle = vista.detalle(caso.getNumero());

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
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta("Aislado", null));
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
        assertThat(vista.historial(n)).singleElement()
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
}
