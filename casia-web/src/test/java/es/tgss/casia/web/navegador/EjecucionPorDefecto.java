package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The README's run command, {@code ./mvnw -Prun}, as a newcomer runs it: no CASIA setting but a port of its own and
 * a fresh data folder, so it starts the embedded PostgreSQL and loads the demo data. The failsafe execution
 * {@code ejecucion-por-defecto} (casia-web/pom.xml) gives the project folder, the port and the folder.
 */
final class EjecucionPorDefecto implements AutoCloseable {

    private static final Duration ARRANQUE_MAXIMO = Duration.ofMinutes(5);

    private final Path raizProyecto = Path.of(System.getProperty("casia.raizProyecto"));
    private final Path trabajo = Path.of(System.getProperty("casia.porDefecto.directorio"));
    private final int puerto = Integer.getInteger("casia.porDefecto.puerto");
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process maven;
    private int arranques;

    /** Starts the run command on a data folder that does not exist yet. */
    static EjecucionPorDefecto nueva() {
        EjecucionPorDefecto ejecucion = new EjecucionPorDefecto();
        borrar(ejecucion.datos());
        ejecucion.arrancar();
        return ejecucion;
    }

    URI raiz() {
        return URI.create("http://127.0.0.1:" + puerto + "/");
    }

    Path datos() {
        return trabajo.resolve("data");
    }

    Path registro() {
        return trabajo.resolve("servidor-" + arranques + ".log");
    }

    /** {@code ./mvnw -Prun} with the environment of a machine where nothing of CASIA is configured. */
    void arrancar() {
        arrancar(Map.of());
    }

    /** The same with these settings only (a test that needs one, e.g. a short heartbeat timeout). */
    void arrancar(Map<String, String> ajustes) {
        arranques++;
        try {
            Files.createDirectories(trabajo);
            ProcessBuilder pb = new ProcessBuilder("./mvnw", "-Prun")
                    .directory(raizProyecto.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(registro().toFile());
            // Failsafe hands this JVM the settings of the in-container tests' server: none of them applies here.
            pb.environment().keySet().removeIf(nombre -> nombre.startsWith("CASIA_"));
            pb.environment().put("CASIA_PORT", Integer.toString(puerto));
            pb.environment().put("CASIA_DATA_DIR", datos().toString());
            pb.environment().putAll(ajustes);
            Instant inicio = Instant.now();
            maven = pb.start();
            esperarPaginaDeAcceso(inicio);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void esperarPaginaDeAcceso(Instant inicio) throws IOException {
        HttpRequest peticion =
                HttpRequest.newBuilder(raiz()).timeout(Duration.ofSeconds(5)).build();
        while (Duration.between(inicio, Instant.now()).compareTo(ARRANQUE_MAXIMO) < 0) {
            if (!maven.isAlive()) {
                throw new AssertionError("./mvnw -Prun ha terminado (" + maven.exitValue() + ") sin servir la página "
                        + "de acceso; final de " + registro() + ":\n" + cola(registro()));
            }
            try {
                if (http.send(peticion, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    System.out.printf(
                            "./mvnw -Prun sirve la página de acceso a los %d s (arranque %d)%n",
                            Duration.between(inicio, Instant.now()).toSeconds(), arranques);
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            esperarUnPoco();
        }
        throw new AssertionError("./mvnw -Prun no sirve la página de acceso tras " + ARRANQUE_MAXIMO + "; final de "
                + registro() + ":\n" + cola(registro()));
    }

    /** The log line of the server that says it has loaded the demo data (once per data folder). */
    boolean cargoDatosDemo() throws IOException {
        return Files.readString(registro()).contains("datos de demostración cargados");
    }

    /** What Ctrl-C does: the launcher script is told to stop, stops the server and then the database. */
    void detener() throws Exception {
        Optional<ProcessHandle> lanzador =
                procesos().filter(p -> linea(p).contains("arrancar.sh")).findFirst();
        lanzador.ifPresent(ProcessHandle::destroy);
        assertThat(maven.waitFor(2, TimeUnit.MINUTES))
                .as("./mvnw -Prun termina tras la orden de parar")
                .isTrue();
    }

    /** A crash: the server and the database launcher killed with SIGKILL, nothing cleaned up. */
    void matar() throws Exception {
        List<ProcessHandle> javas = procesos()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .filter(p -> linea(p).contains("payara-micro.jar") || linea(p).contains("PostgresIntegrado"))
                .toList();
        assertThat(javas)
                .as("Payara Micro y el lanzador del PostgreSQL integrado")
                .hasSize(2);
        javas.forEach(ProcessHandle::destroyForcibly);
        maven.waitFor(2, TimeUnit.MINUTES);
    }

    /**
     * The TCP ports Payara Micro listens on: the sockets among its open files, looked up in the kernel's table of
     * listening sockets (Linux /proc; state 0A is LISTEN).
     */
    Set<Integer> puertosEnEscuchaDelServidor() throws IOException {
        ProcessHandle micro = procesos()
                .filter(p -> linea(p).contains("payara-micro.jar"))
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Payara Micro no está en marcha"));
        Set<String> sockets = new HashSet<>();
        try (Stream<Path> descriptores = Files.list(Path.of("/proc", Long.toString(micro.pid()), "fd"))) {
            descriptores.forEach(fd -> {
                try {
                    String destino = Files.readSymbolicLink(fd).toString();
                    if (destino.startsWith("socket:[")) {
                        sockets.add(destino.substring(8, destino.length() - 1));
                    }
                } catch (IOException e) {
                    // Closed while listing.
                }
            });
        }
        Set<Integer> puertos = new TreeSet<>();
        for (String tabla : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lineas = Files.readAllLines(Path.of(tabla));
            for (String linea : lineas.subList(1, lineas.size())) {
                String[] campos = linea.trim().split("\\s+");
                if (campos[3].equals("0A") && sockets.contains(campos[9])) {
                    puertos.add(Integer.parseInt(campos[1].substring(campos[1].indexOf(':') + 1), 16));
                }
            }
        }
        return puertos;
    }

    /** Every process still running whose command line names this run's data folder (a postgres, a server…). */
    List<String> procesosQueQuedan() {
        String carpeta = datos().toString();
        return ProcessHandle.allProcesses()
                .filter(p -> linea(p).contains(carpeta))
                .map(EjecucionPorDefecto::linea)
                .toList();
    }

    @Override
    public void close() throws Exception {
        if (maven != null && maven.isAlive()) {
            detener();
        }
    }

    private Stream<ProcessHandle> procesos() {
        return maven.toHandle().descendants();
    }

    private static String linea(ProcessHandle proceso) {
        return proceso.info().commandLine().orElse("");
    }

    private static String cola(Path fichero) {
        try {
            List<String> lineas = Files.readAllLines(fichero);
            return String.join("\n", lineas.subList(Math.max(0, lineas.size() - 40), lineas.size()));
        } catch (IOException e) {
            return "(sin registro: " + e.getMessage() + ")";
        }
    }

    private static void esperarUnPoco() {
        try {
            TimeUnit.MILLISECONDS.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void borrar(Path carpeta) {
        if (!Files.exists(carpeta)) {
            return;
        }
        try (Stream<Path> ficheros = Files.walk(carpeta)) {
            ficheros.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
