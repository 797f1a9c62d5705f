package es.tgss.casia.rendimiento;

import static es.tgss.casia.prueba.Actores.ANA_3;
import static es.tgss.casia.prueba.Casos.consulta;
import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.caso.Caso;
import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.documento.FicheroRecibido;
import es.tgss.casia.caso.documento.NuevoDocumento;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.prueba.Actores;
import es.tgss.casia.prueba.ClienteWeb;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The heap a 10 MB upload and a 10 MB download hold in the server, measured, not timed: {@value #TRANSFERENCIAS}
 * transfers at once, while a sampler inside the server collects the garbage and reads the heap in use over and over;
 * the highest reading less the idle heap, divided by the transfers, is what one transfer holds. The target is 2 MB
 * per transfer (a document held whole would be 10 MB each, 80 MB in all). An upload is the whole service path
 * (reception into a temporary file with its SHA-256, Tika, storage in PostgreSQL pieces, the rows, the commit); a
 * download is HTTP through the servlet, read by curl (another process) at 20 MB/s so that they overlap.
 *
 * <p>Not part of the in-container suite (its name does not end in IT): it is a measurement, run on demand with
 * {@code -Dit.test=MedicionDeMemoriaDeDocumentos} (docs/rendimiento-documentos.md).
 */
@ExtendWith(ArquillianExtension.class)
class MedicionDeMemoriaDeDocumentos {

    private static final Logger LOG = Logger.getLogger(MedicionDeMemoriaDeDocumentos.class.getName());
    private static final int TRANSFERENCIAS = 8;
    private static final int DIEZ_MB = 10 * 1024 * 1024;
    private static final long OBJETIVO = 2L * 1024 * 1024;

    @Inject
    private CasoService casos;

    @Inject
    private VistaDeCasos vista;

    @Inject
    private Actores actores;

    @Inject
    private Configuracion configuracion;

    @Resource
    private ManagedExecutorService ejecutor;

    /** A 10 MB PDF made on the fly, never whole in memory: a header, then bytes that depend on the position. */
    static final class PdfDeDiezMb extends InputStream {
        private static final byte[] CABECERA = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        private final long semilla;
        private long posicion;

        PdfDeDiezMb(long semilla) {
            this.semilla = semilla;
        }

        @Override
        public int read() {
            if (posicion >= DIEZ_MB) {
                return -1;
            }
            long p = posicion++;
            return p < CABECERA.length ? CABECERA[(int) p] : (int) ((p * 31 + semilla) * 2654435761L >>> 24) & 0xFF;
        }

        @Override
        public int read(byte[] b, int desde, int largo) {
            if (posicion >= DIEZ_MB) {
                return -1;
            }
            int n = (int) Math.min(largo, DIEZ_MB - posicion);
            for (int i = 0; i < n; i++) {
                b[desde + i] = (byte) read();
            }
            return n;
        }
    }

    /** Collects the garbage and reads the heap in use until stopped; keeps the highest reading. */
    static final class Muestreo implements AutoCloseable {
        private final MemoryMXBean memoria = ManagementFactory.getMemoryMXBean();
        private final Thread hilo;
        private volatile boolean seguir = true;
        private volatile long maximo;
        private volatile int muestras;

        Muestreo() {
            hilo = new Thread(() -> {
                while (seguir) {
                    maximo = Math.max(maximo, enUso(memoria));
                    muestras++;
                    try {
                        // Collecting back to back would leave the transfers no time to run.
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            hilo.setDaemon(true);
            hilo.start();
        }

        @Override
        public void close() throws InterruptedException {
            seguir = false;
            hilo.join();
        }
    }

    static long enUso(MemoryMXBean memoria) {
        System.gc();
        return memoria.getHeapMemoryUsage().getUsed();
    }

    /** The heap in use when nothing runs: the lowest of a few readings after collecting. */
    static long enReposo() {
        MemoryMXBean memoria = ManagementFactory.getMemoryMXBean();
        long minimo = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            minimo = Math.min(minimo, enUso(memoria));
        }
        return minimo;
    }

    private String subir(int n) throws IOException {
        try (FicheroRecibido fichero = FicheroRecibido.recibir(new PdfDeDiezMb(n), configuracion.maxBytesDocumento())) {
            Caso caso = casos.finalizarAlta(consulta("Diez megas " + n)
                    .documento(new NuevoDocumento("OTROS", "Diez megas", "diez.pdf", fichero))
                    .crear());
            long id = vista.detalle(caso.getNumero()).documentos().get(0).id();
            return "descargas/casos/" + caso.getNumero() + "/documentos/" + id;
        }
    }

    /**
     * A download by curl, another process, at 20 MB/s, with the session of the client: the server's heap then holds
     * only what the server holds (a client in the server's JVM would add its own buffers).
     */
    private static long bajar(ClienteWeb cliente, String ruta) throws IOException, InterruptedException {
        Process curl = new ProcessBuilder(
                        "curl",
                        "--silent",
                        "--output",
                        "/dev/null",
                        "--write-out",
                        "%{http_code} %{size_download}",
                        "--limit-rate",
                        "20M",
                        "--cookie",
                        "JSESSIONID=" + cliente.sesion(),
                        cliente.uri(ruta).toString())
                .redirectErrorStream(true)
                .start();
        String[] respuesta = new String(curl.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                .strip()
                .split(" ");
        assertThat(curl.waitFor()).as("curl " + ruta).isZero();
        assertThat(respuesta[0]).as("estado de " + ruta).isEqualTo("200");
        return Long.parseLong(respuesta[1]);
    }

    private ClienteWeb sesionDeAna() {
        ClienteWeb ana = new ClienteWeb(
                URI.create("http://127.0.0.1:" + configuracion.urlPublica().getPort() + "/"));
        assertThat(ana.acceder("11111111H", "casia").statusCode()).isEqualTo(302);
        ana.get("portal/autorizaciones.xhtml");
        return ana;
    }

    @Test
    void unaSubidaYUnaDescargaDeDiezMbRetienenComoMucho2MbDeHeap() throws Exception {
        // Ana's autorización has no contact e-mail: the altas queue no notice for the notification tests to meet.
        actores.entrar(ANA_3);
        ClienteWeb ana = new ClienteWeb(
                URI.create("http://127.0.0.1:" + configuracion.urlPublica().getPort() + "/"));
        assertThat(ana.acceder("11111111H", "casia").statusCode()).isEqualTo(302);
        ana.get("portal/autorizaciones.xhtml");
        // Warm-up: Tika's registry, the statements, the servlet: what stays after the first transfer is not per
        // transfer.
        assertThat(bajar(ana, subir(-1))).isEqualTo(DIEZ_MB);

        long reposoSubida = enReposo();
        List<Future<String>> subidas = new ArrayList<>();
        long maximoSubida;
        try (Muestreo muestreo = new Muestreo()) {
            for (int i = 0; i < TRANSFERENCIAS; i++) {
                int n = i;
                subidas.add(ejecutor.submit(actores.enTarea(() -> subir(n))));
            }
            for (Future<String> s : subidas) {
                s.get(5, TimeUnit.MINUTES);
            }
            muestreo.close();
            maximoSubida = muestreo.maximo;
            LOG.info("Muestras durante las subidas: " + muestreo.muestras);
        }

        // One session per download, as eight users would have, all logged in before the downloads start.
        List<ClienteWeb> clientes = new ArrayList<>();
        for (int i = 0; i < TRANSFERENCIAS; i++) {
            clientes.add(sesionDeAna());
        }
        long reposoDescarga = enReposo();
        List<Future<Long>> descargas = new ArrayList<>();
        long maximoDescarga;
        try (Muestreo muestreo = new Muestreo()) {
            for (Future<String> s : subidas) {
                String ruta = s.get();
                ClienteWeb cliente = clientes.get(descargas.size());
                // Each download on a thread of its own: they must all run at once, whatever the size of a pool.
                java.util.concurrent.FutureTask<Long> descarga =
                        new java.util.concurrent.FutureTask<>(() -> bajar(cliente, ruta));
                new Thread(descarga).start();
                descargas.add(descarga);
            }
            for (Future<Long> d : descargas) {
                assertThat(d.get(2, TimeUnit.MINUTES)).isEqualTo(DIEZ_MB);
            }
            muestreo.close();
            maximoDescarga = muestreo.maximo;
            LOG.info("Muestras durante las descargas: " + muestreo.muestras);
        }

        long porSubida = Math.max(0, maximoSubida - reposoSubida) / TRANSFERENCIAS;
        long porDescarga = Math.max(0, maximoDescarga - reposoDescarga) / TRANSFERENCIAS;
        LOG.info(String.format(
                Locale.ROOT,
                "Heap por transferencia de 10 MB (%d a la vez): subida %.2f MB (reposo %.1f MB, máximo %.1f MB),"
                        + " descarga %.2f MB (reposo %.1f MB, máximo %.1f MB)",
                TRANSFERENCIAS,
                porSubida / 1048576.0,
                reposoSubida / 1048576.0,
                maximoSubida / 1048576.0,
                porDescarga / 1048576.0,
                reposoDescarga / 1048576.0,
                maximoDescarga / 1048576.0));
        assertThat(porSubida).as("heap por subida").isLessThanOrEqualTo(OBJETIVO);
        assertThat(porDescarga).as("heap por descarga").isLessThanOrEqualTo(OBJETIVO);
    }
}
