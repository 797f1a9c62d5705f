package es.tgss.casia.caso;

import static es.tgss.casia.prueba.Actores.ANA_3;
import static es.tgss.casia.prueba.Actores.LUCIA_1;
import static es.tgss.casia.prueba.Actores.TRAMITADOR;
import static es.tgss.casia.prueba.Casos.consulta;
import static es.tgss.casia.prueba.Correos.esperar;
import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.notificacion.EnvioDeNotificaciones;
import es.tgss.casia.prueba.Actores;
import es.tgss.casia.prueba.Correos;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every notice of the manual, and the reminder, as the autorización's contact e-mail receives it through a real SMTP
 * server (GreenMail): one message per event, to the right address, with the case's título as subject and the
 * manual's words in both parts. Nobody calls the sender here: each commit sets it off.
 */
@ExtendWith(ArquillianExtension.class)
class AvisosIT {

    private static final String CONTACTO_1000001 = "avisos@gestoria-martin-ortega.example";
    private static final Duration PRONTO = Duration.ofSeconds(5);
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final DateTimeFormatter DD_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private CasoService casos;

    @Inject
    private RecordatoriosDePlazo recordatorios;

    @Inject
    private EnvioDeNotificaciones envio;

    @Inject
    private Actores actores;

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    private Correos correos;

    @BeforeEach
    void arrancarSmtp() {
        correos = new Correos();
    }

    @AfterEach
    void pararSmtp() {
        correos.close();
    }

    private static String titulo(String que) {
        return que + " " + System.nanoTime();
    }

    /** Waits for the n-th notice with that subject, and checks that it is the last: returns it. */
    private MimeMessage aviso(String titulo, int n) {
        esperar(
                PRONTO,
                "el aviso " + n + " de «" + titulo + "»",
                () -> correos.conAsunto(titulo).size() >= n);
        List<MimeMessage> recibidos = correos.conAsunto(titulo);
        assertThat(recibidos).as("avisos de «" + titulo + "»").hasSize(n);
        MimeMessage m = recibidos.get(n - 1);
        assertThat(Correos.destinatario(m)).isEqualTo(CONTACTO_1000001);
        assertThat(Correos.esAlternativo(m)).isTrue();
        return m;
    }

    private static String texto(MimeMessage m) {
        return Correos.parte(m, "text/plain");
    }

    private static String html(MimeMessage m) {
        return Correos.parte(m, "text/html");
    }

    private long enBuzon(String titulo) {
        return em.createQuery("select count(n) from Notificacion n where n.asunto = :a", Long.class)
                .setParameter("a", titulo)
                .getSingleResult();
    }

    private static String hasta(Instant solicitud) {
        return solicitud.atZone(MADRID).toLocalDate().plusDays(20).format(DD_MM_AAAA);
    }

    @Test
    void delAltaALaResolucionCadaAvisoLlegaUnaVez() throws Exception {
        String titulo = titulo("Ciclo");
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta(titulo).crear());
        String numero = caso.getNumero();
        MimeMessage alta = aviso(titulo, 1);
        assertThat(texto(alta))
                .contains("Se ha dado de alta el caso " + numero, "Gestión de casos", "Caso: " + numero)
                .contains("Autorización: 1000001")
                .contains("portal/casos/caso.xhtml?numero=" + numero.replace("/", "%2F"));
        assertThat(html(alta)).contains("<a href=\"http://localhost:").contains("Consultar el caso " + numero);

        actores.entrar(TRAMITADOR);
        caso = casos.asignar(numero, caso.getVersion(), null);
        caso = casos.solicitarInformacion(numero, caso.getVersion(), "Indique el CCC <b>principal</b> & el NAF.");
        Instant pedida = caso.getFechaUltimaSolicitud().orElseThrow().toInstant();
        MimeMessage solicitud = aviso(titulo, 2);
        assertThat(texto(solicitud))
                .contains("Indique el CCC <b>principal</b> & el NAF.")
                .contains("20 días naturales: hasta el " + hasta(pedida) + " inclusive")
                .contains("Modificar Información");
        assertThat(html(solicitud))
                .contains("Indique el CCC &lt;b&gt;principal&lt;/b&gt; &amp; el NAF.")
                .doesNotContain("<b>");

        actores.entrar(LUCIA_1);
        caso = casos.solicitarAnulacion(numero, caso.getVersion(), "Ya no hace falta");
        actores.entrar(TRAMITADOR);
        caso = casos.rechazarAnulacion(numero, caso.getVersion(), "Falta un dato.");
        Instant otraVez = caso.getFechaUltimaSolicitud().orElseThrow().toInstant();
        assertThat(texto(aviso(titulo, 3)))
                .contains("Se ha rechazado la solicitud de anulación del caso " + numero, "Motivos:", "Falta un dato.")
                .contains("vuelve a contarse desde hoy", "hasta el " + hasta(otraVez) + " inclusive");

        caso = casos.reclasificar(numero, caso.getVersion(), "RECAUDACION", "CON_REC_DEUDAS", null);
        assertThat(texto(aviso(titulo, 4)))
                .contains("Clasificación anterior: Cotización > Sistema de Liquidación Directa (SLD).")
                .contains("Nueva clasificación: Recaudación > ");

        casos.resolver(numero, caso.getVersion(), "Su deuda está saldada.");
        MimeMessage resuelto = aviso(titulo, 5);
        assertThat(texto(resuelto)).contains("El caso " + numero + " ha sido resuelto", "Gestión de casos");
        // The answer is read in the portal, not in the mail.
        assertThat(texto(resuelto)).doesNotContain("Su deuda está saldada.");
        assertThat(enBuzon(titulo)).isEqualTo(5);
    }

    @Test
    void anulacionAutomaticaYAprobada() {
        String automatica = titulo("Anulada");
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta(automatica).crear());
        aviso(automatica, 1);
        casos.solicitarAnulacion(caso.getNumero(), caso.getVersion(), null);
        assertThat(texto(aviso(automatica, 2))).contains("Se ha anulado el caso " + caso.getNumero());

        String aprobada = titulo("Aprobada");
        caso = casos.finalizarAlta(consulta(aprobada).crear());
        aviso(aprobada, 1);
        actores.entrar(TRAMITADOR);
        caso = casos.asignar(caso.getNumero(), caso.getVersion(), null);
        actores.entrar(LUCIA_1);
        caso = casos.solicitarAnulacion(caso.getNumero(), caso.getVersion(), "Me equivoqué");
        actores.entrar(TRAMITADOR);
        casos.aprobarAnulacion(caso.getNumero(), caso.getVersion());
        assertThat(texto(aviso(aprobada, 2))).contains("Se ha aprobado la anulación del caso " + caso.getNumero());
    }

    @Test
    void abiertoPorLaTgssYCerradoDeOficio() throws Exception {
        String titulo = titulo("TGSS");
        actores.entrar(TRAMITADOR);
        Caso caso = casos.abrirPorTgss("1000001", consulta(titulo).crear(), "Aporte el TA.2 firmado.");
        Instant pedida = caso.getFechaUltimaSolicitud().orElseThrow().toInstant();
        assertThat(texto(aviso(titulo, 1)))
                .contains("La Tesorería General de la Seguridad Social ha abierto el caso " + caso.getNumero())
                .contains("Aporte el TA.2 firmado.", "20 días naturales: hasta el " + hasta(pedida) + " inclusive");

        String numero = caso.getNumero();
        actores.comoSistema(() -> casos.cerrarDeOficio(numero, pedida.plus(Duration.ofDays(22))));
        assertThat(texto(aviso(titulo, 2)))
                .contains("El caso " + numero + " se ha cerrado de oficio", "20 días naturales");
    }

    @Test
    void sinCorreoDeContactoNoHayAviso() {
        String titulo = titulo("Sin correo");
        actores.entrar(ANA_3);
        casos.finalizarAlta(consulta(titulo).crear());
        assertThat(enBuzon(titulo)).isZero();
    }

    @Test
    void elRecordatorioLlegaUnaVezPorSolicitudYNoSiSeContestoEnPlazo() throws Exception {
        String titulo = titulo("Recordatorio");
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta(titulo).crear());
        String numero = caso.getNumero();
        actores.entrar(TRAMITADOR);
        caso = casos.asignar(numero, caso.getVersion(), null);
        caso = casos.solicitarInformacion(numero, caso.getVersion(), "Indique el CCC.");
        Instant pedida = caso.getFechaUltimaSolicitud().orElseThrow().toInstant();
        aviso(titulo, 2);

        // CASIA_AVISO_DIAS is 5 (the default): due from day 16 after the request, the day before not yet.
        actores.comoSistema(() -> recordatorios.enviarDebidos(aMediodia(pedida, 15)));
        assertThat(enBuzon(titulo)).isEqualTo(2);
        actores.comoSistema(() -> recordatorios.enviarDebidos(aMediodia(pedida, 16)));
        assertThat(texto(aviso(titulo, 3)))
                .contains("Le recordamos", "caso " + numero, "hasta el " + hasta(pedida) + " inclusive")
                .contains("20 días naturales", "se cerrará de oficio");
        // Exactly once: later sweeps, on any instance, find it sent.
        actores.comoSistema(() -> recordatorios.enviarDebidos(aMediodia(pedida, 16)));
        actores.comoSistema(() -> recordatorios.enviarDebidos(aMediodia(pedida, 19)));

        // Answered in time: no reminder of the answered request.
        actores.entrar(LUCIA_1);
        caso = casos.modificarInformacion(numero, caso.getVersion(), "El CCC es 28 1234567 42.", null);
        actores.comoSistema(() -> recordatorios.enviarDebidos(aMediodia(pedida, 20)));
        assertThat(enBuzon(titulo)).isEqualTo(3);

        // A new request may have its own reminder.
        actores.entrar(TRAMITADOR);
        caso = casos.solicitarInformacion(numero, caso.getVersion(), "Indique también el NAF.");
        Instant nueva = caso.getFechaUltimaSolicitud().orElseThrow().toInstant();
        aviso(titulo, 4);
        actores.comoSistema(() -> recordatorios.enviarDebidos(aMediodia(nueva, 17)));
        assertThat(texto(aviso(titulo, 5))).contains("Le recordamos", "hasta el " + hasta(nueva) + " inclusive");
        actores.comoSistema(() -> recordatorios.enviarDebidos(aMediodia(nueva, 18)));
        assertThat(enBuzon(titulo)).isEqualTo(5);
        assertThat(correos.conAsunto(titulo)).hasSize(5);
    }

    private static Instant aMediodia(Instant solicitud, int diasDespues) {
        LocalDate dia = solicitud.atZone(MADRID).toLocalDate().plusDays(diasDespues);
        return dia.atTime(LocalTime.NOON).atZone(MADRID).toInstant();
    }

    @Test
    void conElServidorCaidoMientrasCambianDoscientosCasosNoSePierdeNingunAviso() throws Exception {
        correos.parar();
        String prefijo = "Caída " + System.nanoTime() + " ";
        actores.entrar(LUCIA_1);
        long inicio = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            casos.finalizarAlta(consulta(prefijo + i).crear());
        }
        Duration doscientas = Duration.ofNanos(System.nanoTime() - inicio);
        // The actions never waited for the mail server (each only queued its notice).
        assertThat(doscientas).isLessThan(Duration.ofSeconds(60));

        correos.arrancar();
        actores.comoSistema(envio::enviarPendientes);
        esperar(
                Duration.ofSeconds(60),
                "llegan los doscientos",
                () -> correos.donde(m -> Correos.asunto(m).startsWith(prefijo)).size() >= 200);
        Map<String, Long> porAsunto = correos.donde(m -> Correos.asunto(m).startsWith(prefijo)).stream()
                .collect(Collectors.groupingBy(Correos::asunto, Collectors.counting()));
        assertThat(porAsunto)
                .hasSize(200)
                .allSatisfy((asunto, veces) -> assertThat(veces).as(asunto).isEqualTo(1));
    }
}
