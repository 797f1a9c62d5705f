package es.tgss.casia.notificacion;

import static es.tgss.casia.prueba.Correos.esperar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.tgss.casia.prueba.Actores;
import es.tgss.casia.prueba.Correos;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox and its senders inside the server, with GreenMail as a real SMTP server on the port the server was
 * configured with (CASIA_SMTP_HOST/PORT). A notice is queued by whoever changes a case (here an autorizado logged
 * in); the senders and the reads of the outbox are the system's; ops watch and retry. The server's own senders (after
 * each commit, and every half minute) run all along, as in production: every count below holds whoever sent.
 */
@ExtendWith(ArquillianExtension.class)
class NotificacionIT {

    /** Sent soon after the commit: the "≤ 5 s typical", with room for a busy test machine. */
    private static final Duration PRONTO = Duration.ofSeconds(5);

    @Inject
    private BuzonDeSalida buzon;

    @Inject
    private EnvioDeNotificaciones envio;

    @Resource
    private UserTransaction transaccion;

    @Resource
    private ManagedExecutorService ejecutor;

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Inject
    private Actores actores;

    private Correos correos;

    @BeforeEach
    void arrancarSmtp() {
        correos = new Correos();
    }

    @AfterEach
    void pararSmtp() {
        correos.close();
    }

    private int enviarPendientes() throws Exception {
        return actores.comoSistema(envio::enviarPendientes);
    }

    private Optional<Notificacion> buscar(long id) throws Exception {
        return actores.comoSistema(() -> buzon.buscar(id));
    }

    private EstadoNotificacion estado(long id) {
        try {
            return buscar(id).orElseThrow().getEstado();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Notificacion encolar(String destinatario, String asunto) throws Exception {
        actores.entrar(Actores.LUCIA_1);
        transaccion.begin();
        Notificacion n = buzon.encolar(destinatario, asunto, "Texto: información.", "<p>Texto: información.</p>");
        transaccion.commit();
        return n;
    }

    private static String unico(String prefijo) {
        return prefijo + "-" + System.nanoTime() + "@gestoria.example";
    }

    private void sql(String sentencia) throws Exception {
        transaccion.begin();
        em.createNativeQuery(sentencia).executeUpdate();
        transaccion.commit();
    }

    @Test
    void unaNotificacionLlegaPocoDespuesDeConfirmarseSuCambioEnTextoYHtml() throws Exception {
        String destinatario = unico("avisos");
        actores.entrar(Actores.LUCIA_1);
        transaccion.begin();
        Notificacion n = buzon.encolar(
                destinatario,
                "Caso 2026/000001 · Solicitud de información: añada el IPF",
                "Cuerpo con acentos: información, año, número.",
                "<p>Cuerpo con acentos: información, año, número.</p>");
        transaccion.commit();

        // Nobody calls the sender: the commit itself set it off.
        esperar(PRONTO, "el aviso llega", () -> correos.para(destinatario).size() == 1);
        MimeMessage recibido = correos.para(destinatario).get(0);
        assertThat(recibido.getSubject()).isEqualTo("Caso 2026/000001 · Solicitud de información: añada el IPF");
        assertThat(Correos.esAlternativo(recibido)).isTrue();
        assertThat(Correos.parte(recibido, "text/plain").trim())
                .isEqualTo("Cuerpo con acentos: información, año, número.");
        assertThat(Correos.parte(recibido, "text/html"))
                .contains("<p>Cuerpo con acentos: información, año, número.</p>");
        assertThat(recibido.getHeader("X-CASIA-Notificacion")[0]).isEqualTo(String.valueOf(n.getId()));
        assertThat(recibido.getMessageID()).isEqualTo("<casia." + n.getId() + "." + n.getClave() + "@localhost>");
        esperar(PRONTO, "anotada como enviada", () -> estado(n.getId()) == EstadoNotificacion.ENVIADA);
    }

    @Test
    void siElCambioSeDeshaceLaNotificacionNoExiste() throws Exception {
        actores.entrar(Actores.LUCIA_1);
        transaccion.begin();
        Notificacion n = buzon.encolar("nadie@gestoria.example", "Asunto", "Cuerpo", "<p>Cuerpo</p>");
        Long id = n.getId();
        transaccion.rollback();

        assertThat(buscar(id)).isEmpty();
    }

    @Test
    void sinTransaccionNoSePuedeEncolar() {
        actores.entrar(Actores.LUCIA_1);
        assertThatThrownBy(() -> buzon.encolar("x@gestoria.example", "Asunto", "Cuerpo", "<p>Cuerpo</p>"))
                .isInstanceOf(EJBTransactionRequiredException.class);
    }

    @Test
    void soloElSistemaLeeElBuzonYEnviaYSoloOpsLoVigila() {
        actores.entrar(Actores.LUCIA_1);
        assertThatThrownBy(() -> buzon.buscar(1)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> buzon.enviarSiguiente(n -> {})).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> envio.enviarPendientes()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> buzon.recuento()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> buzon.reintentarFallidas()).isInstanceOf(EJBAccessException.class);
        actores.entrar(Actores.OPS);
        assertThatThrownBy(() -> buzon.buscar(1)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> envio.enviarPendientes()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void conElServidorSmtpCaidoLaNotificacionEsperaSinGastarIntentosYLlegaUnaVezAlVolver() throws Exception {
        correos.parar();
        String destinatario = unico("espera");
        Notificacion n = encolar(destinatario, "Asunto");

        enviarPendientes();

        Notificacion guardada = buscar(n.getId()).orElseThrow();
        assertThat(guardada.getEstado()).isEqualTo(EstadoNotificacion.PENDIENTE);
        // The server being down is not the notice's fault: no attempt counted, no backoff.
        assertThat(guardada.getIntentos()).isZero();
        assertThat(guardada.getProximoIntento()).isEqualTo(guardada.getCreada());
        // The round stopped at the first notice it tried (the oldest due, maybe another test's): ops see why there.
        actores.entrar(Actores.OPS);
        assertThat(buzon.ultimas(EstadoNotificacion.PENDIENTE, 10_000))
                .anySatisfy(p -> assertThat(p.ultimoError()).isNotBlank());

        correos.arrancar();
        enviarPendientes();
        // The round the commit asked for (200 ms after it) may be running now and be the one that sends it: this
        // call then finds the notice taken and returns first. Either way it is sent, and once.
        esperar(PRONTO, "anotada como enviada", () -> estado(n.getId()) == EstadoNotificacion.ENVIADA);
        assertThat(correos.para(destinatario)).hasSize(1);
    }

    @Test
    void unServidorSmtpQueNoContestaNoHaceEsperarAlUsuario() throws Exception {
        correos.parar();
        // Takes connections (the system's backlog completes them) and never says a word: a stuck SMTP server.
        try (ServerSocket mudo = new ServerSocket()) {
            mudo.setReuseAddress(true);
            mudo.bind(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("CASIA_SMTP_PORT"))));
            String destinatario = unico("mudo");
            long inicio = System.nanoTime();
            Notificacion n = encolar(destinatario, "Servidor mudo");
            // The commit set a sender off, which now waits on the server for up to its 10 s time-out, on its own
            // thread: the action returned at once.
            assertThat(Duration.ofNanos(System.nanoTime() - inicio)).isLessThan(Duration.ofSeconds(2));
            assertThat(estado(n.getId())).isEqualTo(EstadoNotificacion.PENDIENTE);
        }
        correos.arrancar();
    }

    @Test
    void dosDespachadoresConMilNotificacionesEnvianCadaUnaUnaSolaVez() throws Exception {
        // Queued while the server is down, so that the two senders below start on the same thousand.
        correos.parar();
        String lote = "mil-" + System.nanoTime() + "-";
        actores.entrar(Actores.LUCIA_1);
        transaccion.begin();
        for (int i = 0; i < 1000; i++) {
            buzon.encolar(lote + i + "@gestoria.example", "Aviso " + i, "Texto " + i, "<p>Texto " + i + "</p>");
        }
        transaccion.commit();
        correos.arrancar();

        CyclicBarrier salida = new CyclicBarrier(2);
        List<Future<Integer>> despachadores = new ArrayList<>();
        for (int d = 0; d < 2; d++) {
            despachadores.add(ejecutor.submit(() -> {
                salida.await(10, TimeUnit.SECONDS);
                return enviarPendientes();
            }));
        }
        int porLosDos = 0;
        for (Future<Integer> f : despachadores) {
            porLosDos += f.get(120, TimeUnit.SECONDS);
        }

        esperar(
                Duration.ofSeconds(60),
                "llegan las mil",
                () -> correos.donde(m -> deLote(m, lote)).size() >= 1000);
        List<MimeMessage> recibidos = correos.donde(m -> deLote(m, lote));
        Map<String, Long> porDestinatario =
                recibidos.stream().collect(Collectors.groupingBy(Correos::destinatario, Collectors.counting()));
        assertThat(porDestinatario)
                .hasSize(1000)
                .allSatisfy((destino, veces) -> assertThat(veces).as(destino).isEqualTo(1));
        assertThat(recibidos.stream().map(Correos::messageId).distinct()).hasSize(1000);
        // The two did most of the work (the server's own senders may have taken some), never more than all of it.
        assertThat(porLosDos).isPositive().isLessThanOrEqualTo(1000);
    }

    @Test
    void siElServidorCaeEntreEnviarYAnotarElEnvioLlegaComoMuchoUnDuplicadoConElMismoMessageId() throws Exception {
        // The crash point: the SMTP server has taken the message, and the transaction that marks it sent fails before
        // it commits, as when the instance dies there (its database connection goes, and with it the row lock).
        // A trigger of the test database refuses the first mark of this one notice.
        String destinatario = unico("caida");
        String sufijo = Long.toString(System.nanoTime());
        sql("create sequence prueba_caida_" + sufijo);
        sql("create function prueba_caida_" + sufijo + "() returns trigger language plpgsql as $$ begin "
                + "if new.estado = 'ENVIADA' and new.destinatario = '" + destinatario + "' then "
                + "if nextval('prueba_caida_" + sufijo + "') = 1 then "
                + "raise exception 'caída simulada entre el envío y su anotación'; end if; end if; "
                + "return new; end $$");
        sql("create trigger prueba_caida_" + sufijo + " before update on notificacion for each row "
                + "execute function prueba_caida_" + sufijo + "()");
        try {
            Notificacion n = encolar(destinatario, "Caída");
            esperar(
                    PRONTO,
                    "el primer envío llega",
                    () -> correos.para(destinatario).size() == 1);

            // After the restart, the next round finds the notice pending (its lock went with the dead transaction).
            esperar(Duration.ofSeconds(20), "el segundo envío se anota", () -> {
                try {
                    enviarPendientes();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return estado(n.getId()) == EstadoNotificacion.ENVIADA;
            });
            List<MimeMessage> recibidos = correos.para(destinatario);
            assertThat(recibidos).hasSize(2);
            assertThat(recibidos).extracting(Correos::messageId).containsOnly(Correos.messageId(recibidos.get(0)));
        } finally {
            sql("drop trigger prueba_caida_" + sufijo + " on notificacion");
            sql("drop function prueba_caida_" + sufijo + "()");
            sql("drop sequence prueba_caida_" + sufijo);
        }
    }

    @Test
    void opsVeElBuzonPorEstadoYReintentaUnaFallida() throws Exception {
        String destinatario = unico("fallida");
        correos.parar();
        Notificacion n = encolar(destinatario, "Fallida");
        // As after the last refused attempt: the state a real refusal reaches is unit-tested (NotificacionTest).
        sql("update notificacion set estado = 'FALLIDA', intentos = 8, ultimo_error = '550 buzón desconocido' "
                + "where id = " + n.getId());
        correos.arrancar();

        actores.entrar(Actores.OPS);
        Map<EstadoNotificacion, Long> recuento = buzon.recuento();
        assertThat(recuento).containsKeys(EstadoNotificacion.values());
        assertThat(recuento.get(EstadoNotificacion.FALLIDA)).isPositive();
        assertThat(buzon.ultimas(EstadoNotificacion.FALLIDA, 50))
                .filteredOn(f -> f.id() == n.getId())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.intentos()).isEqualTo(8);
                    assertThat(f.ultimoError()).isEqualTo("550 buzón desconocido");
                });

        assertThat(buzon.reintentar(n.getId())).isTrue();
        assertThat(buzon.reintentar(n.getId())).isFalse();
        esperar(PRONTO, "la reintentada llega", () -> correos.para(destinatario).size() == 1);
        esperar(PRONTO, "anotada como enviada", () -> estado(n.getId()) == EstadoNotificacion.ENVIADA);
    }

    private static boolean deLote(MimeMessage m, String lote) {
        String destino = Correos.destinatario(m);
        return destino != null && destino.startsWith(lote);
    }
}
