package es.tgss.casia.web.acceso;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.web.limite.RelojDePrueba;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LimiteDeAccesosTest {

    private final RelojDePrueba reloj = new RelojDePrueba();
    private final LimiteDeAccesos limite = new LimiteDeAccesos(reloj);

    @Test
    void unaDireccionQueFallaConMuchasCuentasQuedaBloqueadaParaTodasPeroNoOtraDireccion() {
        for (int i = 1; i < LimiteDeAccesos.FALLOS_POR_DIRECCION; i++) {
            // A different account each time: no account reaches its own threshold.
            assertThat(fallar("usuario" + i, "203.0.113.7")).isEmpty();
        }
        assertThat(fallar("usuario20", "203.0.113.7")).hasValue(Duration.ofMinutes(1));

        assertThat(limite.intentar("otro", "203.0.113.7")).hasValue(Duration.ofMinutes(1));
        assertThat(limite.intentar("otro", "198.51.100.1")).isEmpty();
    }

    @Test
    void unaCuentaBloqueadaLoEstaDesdeCualquierDireccion() {
        for (int i = 1; i <= LimiteDeAccesos.FALLOS_POR_CUENTA; i++) {
            fallar("12345678Z", "198.51.100." + i);
        }
        for (int i = 1; i <= LimiteDeAccesos.FALLOS_POR_DIRECCION; i++) {
            assertThat(limite.intentar("12345678Z", "192.0.2.99")).hasValue(Duration.ofMinutes(1));
        }
        assertThat(limite.intentar("87654321X", "192.0.2.99"))
                .as("lo que la cuenta rechaza no queda reservado en la dirección")
                .isEmpty();
    }

    @Test
    void elAccesoCorrectoOlvidaLosFallosDeLaCuentaPeroNoLosDeLaDireccion() {
        for (int i = 1; i < LimiteDeAccesos.FALLOS_POR_CUENTA; i++) {
            fallar("12345678Z", "203.0.113.7");
        }
        acertar("12345678Z", "203.0.113.7");
        assertThat(fallar("12345678Z", "203.0.113.7")).as("cuenta olvidada").isEmpty();

        for (int i = LimiteDeAccesos.FALLOS_POR_CUENTA + 1; i < LimiteDeAccesos.FALLOS_POR_DIRECCION; i++) {
            fallar("u" + i, "203.0.113.7");
        }
        assertThat(fallar("u20", "203.0.113.7"))
                .as("la dirección sigue contando")
                .isPresent();
    }

    @Test
    void losAccesosCorrectosNoCuentanContraLaDireccion() {
        // A gestoría: its staff log in all day from one address.
        for (int i = 1; i <= 3 * LimiteDeAccesos.FALLOS_POR_DIRECCION; i++) {
            acertar("usuario" + i, "203.0.113.7");
        }
        assertThat(fallar("otro", "203.0.113.7")).isEmpty();
    }

    @Test
    void unIntentoQueNoSePudoComprobarNoCuenta() {
        for (int i = 1; i <= 2 * LimiteDeAccesos.FALLOS_POR_CUENTA; i++) {
            assertThat(limite.intentar("12345678Z", "203.0.113.7")).isEmpty();
            limite.devolver("12345678Z", "203.0.113.7");
        }
        assertThat(fallar("12345678Z", "203.0.113.7")).isEmpty();
    }

    /**
     * The attack the reservation stops: many tries against one account sent at once. Each thread that gets through
     * holds its try, as a password check does, until every thread has asked; then they all fail.
     */
    @Test
    void intentosSimultaneosContraUnaCuentaNoPasanDeCincoAntesDelBloqueo() throws Exception {
        int hilos = 50;
        CountDownLatch salida = new CountDownLatch(1);
        CountDownLatch todosHanPreguntado = new CountDownLatch(hilos);
        AtomicInteger comprobados = new AtomicInteger();
        ExecutorService ejecutor = Executors.newFixedThreadPool(hilos);
        try {
            List<Future<?>> intentos = new ArrayList<>();
            for (int i = 0; i < hilos; i++) {
                String direccion = "198.51.100." + i;
                intentos.add(ejecutor.submit(() -> {
                    salida.await();
                    boolean pasa = limite.intentar("12345678Z", direccion).isEmpty();
                    todosHanPreguntado.countDown();
                    if (pasa) {
                        comprobados.incrementAndGet();
                        todosHanPreguntado.await();
                        limite.fallo("12345678Z", direccion);
                    }
                    return null;
                }));
            }
            salida.countDown();
            for (Future<?> intento : intentos) {
                intento.get(10, TimeUnit.SECONDS);
            }
        } finally {
            ejecutor.shutdownNow();
        }
        assertThat(comprobados).hasValue(LimiteDeAccesos.FALLOS_POR_CUENTA);
        assertThat(limite.intentar("12345678Z", "192.0.2.99")).isPresent();
    }

    @Test
    void unUsuarioMasLargoQueLaColumnaCuentaSoloContraLaDireccion() {
        String largo = "x".repeat(LimiteDeAccesos.LONGITUD_MAXIMA_DEL_USUARIO + 1);
        for (int i = 1; i < LimiteDeAccesos.FALLOS_POR_DIRECCION; i++) {
            assertThat(limite.usuarioDemasiadoLargo(largo, "203.0.113.7")).isEmpty();
        }
        assertThat(limite.usuarioDemasiadoLargo(largo, "203.0.113.7")).hasValue(Duration.ofMinutes(1));
        assertThat(limite.intentar("12345678Z", "203.0.113.7")).hasValue(Duration.ofMinutes(1));
        assertThat(limite.usuarioDemasiadoLargo(largo, "203.0.113.7"))
                .as("bloqueada, no se cuenta más")
                .hasValue(Duration.ofMinutes(1));

        assertThat(limite.intentar(largo, "198.51.100.1"))
                .as("el nombre no se ha contado como cuenta")
                .isEmpty();
    }

    @Test
    void loQueSeEscribeComoUsuarioNoPuedeFalsearElRegistro() {
        assertThat(LimiteDeAccesos.paraElRegistro("x\nAcceso correcto: usuario='admin'"))
                .isEqualTo("'x?Acceso correcto: usuario='admin''")
                .doesNotContain("\n");
        assertThat(LimiteDeAccesos.paraElRegistro("a".repeat(500))).hasSize(66);
    }

    /** A try reserved and answered wrong, as a login does. */
    private Optional<Duration> fallar(String usuario, String direccion) {
        assertThat(limite.intentar(usuario, direccion)).as("reserva").isEmpty();
        return limite.fallo(usuario, direccion);
    }

    private void acertar(String usuario, String direccion) {
        assertThat(limite.intentar(usuario, direccion)).as("reserva").isEmpty();
        limite.exito(usuario, direccion);
    }
}
