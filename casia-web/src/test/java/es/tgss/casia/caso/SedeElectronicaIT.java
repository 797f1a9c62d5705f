package es.tgss.casia.caso;

import static es.tgss.casia.error.CodigoError.CASO_NO_ENCONTRADO;
import static es.tgss.casia.prueba.Actores.ANA_3;
import static es.tgss.casia.prueba.Actores.JAVIER_1;
import static es.tgss.casia.prueba.Actores.LUCIA_1;
import static es.tgss.casia.prueba.Actores.LUCIA_2;
import static es.tgss.casia.prueba.Actores.PEDRO_EN_1;
import static es.tgss.casia.prueba.Actores.TRAMITADOR;
import static es.tgss.casia.prueba.Casos.tramite;
import static es.tgss.casia.prueba.Fallos.codigo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import es.tgss.casia.caso.resolucion.EmisionDeResoluciones;
import es.tgss.casia.caso.resolucion.NotificacionAbierta;
import es.tgss.casia.caso.resolucion.NotificacionEnSede;
import es.tgss.casia.caso.resolucion.SedeElectronica;
import es.tgss.casia.caso.vista.DetalleCaso;
import es.tgss.casia.caso.vista.JustificanteVisible;
import es.tgss.casia.caso.vista.LineaHistorial;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.emision.ClaseDeJustificante;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.prueba.Actores;
import es.tgss.casia.prueba.Actores.Actor;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Sede Electrónica inbox inside the server, on PostgreSQL, with real resoluciones: a Trámite closed de oficio
 * by the system identity and its Resolución issued and put at disposal as the nightly job does. Only the users of
 * the autorización see it; the first one to open it records the comparecencia, once; a rejected one stays readable
 * and records nothing; the autorizado never gets the PDF from the case detail.
 */
@ExtendWith(ArquillianExtension.class)
class SedeElectronicaIT {

    @Inject
    private CasoService casos;

    @Inject
    private VistaDeCasos vista;

    @Inject
    private SedeElectronica sede;

    @Inject
    private EmisionDeResoluciones emision;

    @Inject
    private Actores actores;

    @Resource(lookup = "jdbc/casia")
    private DataSource baseDeDatos;

    @Resource
    private ManagedExecutorService ejecutor;

    /** A Resolución de Desistimiento put at the disposal of 1000001: its case and its id. */
    private record Puesta(String numero, long id) {}

    /**
     * Lucía files a Trámite in 1000001, a tramitador takes it and asks for information, the deadline passes (moved
     * back by SQL), and the system closes it de oficio and issues and puts at disposal its Resolución.
     */
    private Puesta resolucionPuestaADisposicion(String titulo) throws Exception {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(tramite(titulo).crear());
        String numero = caso.getNumero();
        actores.entrar(TRAMITADOR);
        caso = casos.asignar(numero, caso.getVersion(), null);
        casos.solicitarInformacion(numero, caso.getVersion(), "Aporte la escritura de modificación.");
        actualizar("""
                update caso set fecha_ultima_solicitud = now() - interval '40 days',
                                ultimo_dia_informacion = current_date - 19
                where numero = ?""", numero);
        Instant ahora = Instant.now();
        actores.comoSistema(() -> casos.cerrarDeOficio(numero, ahora));
        long id = idResolucion(numero);
        actores.comoSistema(() -> {
            emision.ponerADisposicion(emision.generar(id, ahora).orElseThrow());
            return null;
        });
        return new Puesta(numero, id);
    }

    private long idResolucion(String numero) throws SQLException {
        try (Connection c = baseDeDatos.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select r.id from resolucion_desistimiento r join caso c on c.id = r.caso_id where c.numero = ?")) {
            s.setString(1, numero);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("pending resolución of " + numero).isTrue();
                return r.getLong(1);
            }
        }
    }

    private void actualizar(String sql, Object parametro) throws SQLException {
        try (Connection c = baseDeDatos.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parametro);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private NotificacionEnSede en(Actor actor, long id) {
        actores.entrar(actor);
        return sede.notificaciones().stream()
                .filter(n -> n.id() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError(actor + " no ve la notificación " + id));
    }

    private List<LineaHistorial> comparecencias(String numero) {
        actores.entrar(TRAMITADOR);
        return vista.historial(numero).stream()
                .filter(l -> l.accion() == Accion.COMPARECENCIA)
                .toList();
    }

    @Test
    void soloLaAutorizacionLaVeYLaPrimeraAperturaRegistraLaComparecenciaUnaVez() throws Exception {
        Puesta puesta = resolucionPuestaADisposicion("Trámite desistido en la Sede");

        NotificacionEnSede deLucia = en(LUCIA_1, puesta.id());
        assertThat(deLucia.estado()).isEqualTo(NotificacionEnSede.Estado.PENDIENTE);
        assertThat(deLucia.numeroCaso()).isEqualTo(puesta.numero());
        assertThat(deLucia.tituloCaso()).isEqualTo("Trámite desistido en la Sede");
        assertThat(deLucia.puestaDisposicion()).isNotNull();
        assertThat(sede.notificaciones().get(0).id()).as("newest first").isEqualTo(puesta.id());
        long pendientesAntes = sede.pendientes();
        assertThat(pendientesAntes).isPositive();
        assertThat(en(JAVIER_1, puesta.id()).estado()).isEqualTo(NotificacionEnSede.Estado.PENDIENTE);

        for (Actor otro : List.of(LUCIA_2, PEDRO_EN_1, ANA_3)) {
            actores.entrar(otro);
            assertThat(sede.notificaciones()).as(otro.toString()).noneMatch(n -> n.id() == puesta.id());
            assertThat(catchThrowable(() -> sede.abrir(puesta.id())))
                    .as(otro.toString())
                    .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(CASO_NO_ENCONTRADO));
        }
        assertThat(comparecencias(puesta.numero()))
                .as("nobody else's attempt counted")
                .isEmpty();

        actores.entrar(JAVIER_1);
        Instant antes = Instant.now();
        NotificacionAbierta abierta = sede.abrir(puesta.id());
        Instant despues = Instant.now();
        assertThat(abierta.pdf()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(abierta.nombreFichero())
                .isEqualTo("resolucion-desistimiento-" + puesta.numero().replace('/', '-') + ".pdf");

        NotificacionEnSede practicada = en(LUCIA_1, puesta.id());
        assertThat(practicada.estado()).isEqualTo(NotificacionEnSede.Estado.PRACTICADA);
        assertThat(practicada.comparecenciaPor()).isEqualTo(JAVIER_1.login());
        assertThat(practicada.comparecencia().toInstant()).isBetween(antes, despues);
        assertThat(sede.pendientes()).isEqualTo(pendientesAntes - 1);

        // Lucía opens it later: the same PDF, and the comparecencia stays Javier's.
        assertThat(sede.abrir(puesta.id()).pdf()).isEqualTo(abierta.pdf());
        NotificacionEnSede despuesDeLucia = en(LUCIA_1, puesta.id());
        assertThat(despuesDeLucia.comparecenciaPor()).isEqualTo(JAVIER_1.login());
        assertThat(despuesDeLucia.comparecencia()).isEqualTo(practicada.comparecencia());

        assertThat(comparecencias(puesta.numero())).singleElement().satisfies(l -> {
            assertThat(l.actor()).isEqualTo(JAVIER_1.login());
            assertThat(l.subestado()).isEqualTo(Subestado.DE_OFICIO);
            assertThat(l.fecha()).isEqualTo(practicada.comparecencia());
        });
    }

    @Test
    void dosUsuariosAbriendolaALaVezRegistranUnaSolaComparecencia() throws Exception {
        Puesta puesta = resolucionPuestaADisposicion("Dos usuarios a la vez");
        CountDownLatch salida = new CountDownLatch(1);
        List<Future<NotificacionAbierta>> aperturas = new ArrayList<>();
        for (Actor actor : List.of(LUCIA_1, JAVIER_1)) {
            actores.entrar(actor);
            // Each task keeps the login it was submitted under (the executor carries the security context).
            aperturas.add(ejecutor.submit(actores.enTarea(() -> {
                salida.await();
                return sede.abrir(puesta.id());
            })));
        }
        salida.countDown();
        for (Future<NotificacionAbierta> apertura : aperturas) {
            assertThat(apertura.get().pdf()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(comparecencias(puesta.numero())).hasSize(1);
        NotificacionEnSede practicada = en(LUCIA_1, puesta.id());
        assertThat(practicada.comparecenciaPor()).isIn(LUCIA_1.login(), JAVIER_1.login());
        assertThat(comparecencias(puesta.numero()).get(0).actor()).isEqualTo(practicada.comparecenciaPor());
    }

    @Test
    void unaRechazadaSigueLegibleYAbrirlaNoRegistraComparecencia() throws Exception {
        Puesta puesta = resolucionPuestaADisposicion("Notificación rechazada");
        actualizar("""
                update resolucion_desistimiento set puesta_disposicion = puesta_disposicion - interval '11 days'
                where id = ?""", puesta.id());
        Instant ahora = Instant.now();
        actores.comoSistema(() -> emision.rechazarSinComparecencia(ahora));

        NotificacionEnSede rechazada = en(LUCIA_1, puesta.id());
        assertThat(rechazada.estado()).isEqualTo(NotificacionEnSede.Estado.RECHAZADA);
        assertThat(rechazada.rechazada()).isNotNull();
        assertThat(sede.abrir(puesta.id()).pdf()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(en(LUCIA_1, puesta.id()).estado()).isEqualTo(NotificacionEnSede.Estado.RECHAZADA);
        assertThat(comparecencias(puesta.numero())).isEmpty();
    }

    @Test
    void pasadosLosDiezDiasAbrirlaNoEsComparecenciaAunqueElRechazoNoSeHayaAnotado() throws Exception {
        Puesta puesta = resolucionPuestaADisposicion("Fuera de plazo sin anotar");
        actualizar("""
                update resolucion_desistimiento set puesta_disposicion = puesta_disposicion - interval '11 days'
                where id = ?""", puesta.id());
        actores.entrar(LUCIA_1);
        assertThat(sede.abrir(puesta.id()).pdf()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(en(LUCIA_1, puesta.id()).comparecencia()).isNull();
        assertThat(comparecencias(puesta.numero())).isEmpty();
    }

    @Test
    void elDetalleDelAutorizadoNoOfreceLaResolucionYElDelTramitadorSi() throws Exception {
        Puesta puesta = resolucionPuestaADisposicion("Resolución fuera del detalle");

        actores.entrar(TRAMITADOR);
        DetalleCaso delTramitador = vista.detalle(puesta.numero());
        JustificanteVisible resolucion = delTramitador.justificantes().stream()
                .filter(j -> j.clase() == ClaseDeJustificante.RESOLUCION_DESISTIMIENTO)
                .findFirst()
                .orElseThrow();
        assertThat(delTramitador.resolucionEnSede()).isFalse();
        assertThat(vista.justificante(puesta.numero(), resolucion.id()).pdf())
                .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

        actores.entrar(LUCIA_1);
        DetalleCaso delAutorizado = vista.detalle(puesta.numero());
        assertThat(delAutorizado.justificantes())
                .isNotEmpty()
                .noneMatch(j -> j.clase() == ClaseDeJustificante.RESOLUCION_DESISTIMIENTO);
        assertThat(delAutorizado.resolucionEnSede()).isTrue();
        assertThat(catchThrowable(() -> vista.justificante(puesta.numero(), resolucion.id())))
                .as("the download from the case would bypass the comparecencia")
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(CASO_NO_ENCONTRADO));
        assertThat(en(LUCIA_1, puesta.id()).estado())
                .as("nothing of this opened the notification")
                .isEqualTo(NotificacionEnSede.Estado.PENDIENTE);
    }
}
