package es.tgss.casia.integrada;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL of the default run ({@code ./mvnw -Prun} without {@code CASIA_DB_URL}): a real PostgreSQL 17 whose
 * data directory is kept under {@code CASIA_DATA_DIR}, so the embedded run, the tests and production all speak one
 * dialect. config/micro/arrancar.sh starts this process before Payara Micro and stops it (SIGTERM) after; the server
 * is stopped by this JVM's shutdown hook.
 *
 * <p>Arguments: the data directory, and the file to write the port into once the database {@value #BASE} accepts
 * connections (written whole or not at all, so the script never reads half a number).
 */
public final class PostgresIntegrado {

    /** The database CASIA uses; the superuser "postgres" owns it (trust authentication, loopback only). */
    static final String BASE = "casia";

    private PostgresIntegrado() {}

    public static void main(String[] argumentos) throws Exception {
        if (argumentos.length != 2) {
            System.err.println("uso: PostgresIntegrado directorio-de-datos fichero-del-puerto");
            System.exit(2);
        }
        Path datos = Path.of(argumentos[0]).toAbsolutePath();
        Path ficheroPuerto = Path.of(argumentos[1]).toAbsolutePath();
        Files.deleteIfExists(ficheroPuerto);
        Files.createDirectories(datos);
        detenerServidorHuerfano(datos);

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(datos)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                // The builder's default is off (fine for throwaway test databases); this one keeps the user's data.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "60")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        crearBase(postgres);

        Path temporal = ficheroPuerto.resolveSibling(ficheroPuerto.getFileName() + ".tmp");
        Files.writeString(temporal, Integer.toString(postgres.getPort()), StandardCharsets.US_ASCII);
        Files.move(temporal, ficheroPuerto, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("CASIA: PostgreSQL integrado en 127.0.0.1:" + postgres.getPort() + ", datos en " + datos);

        // The builder registered a shutdown hook that stops the server: it runs on SIGTERM/SIGINT, and also when the
        // launcher script that started this process is gone (killed with -9, its terminal closed), so that the
        // database never outlives the run it belongs to.
        ProcessHandle.current().parent().ifPresent(lanzador -> lanzador.onExit().thenRun(() -> System.exit(0)));
        new CountDownLatch(1).await();
    }

    private static void crearBase(EmbeddedPostgres postgres) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + BASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + BASE + " encoding 'UTF8' template template0");
        }
    }

    /**
     * A run killed with {@code kill -9} leaves its PostgreSQL running on the data directory, and a second postmaster
     * refuses to start there. postmaster.pid names that server: ask it to stop (SIGTERM, "smart" shutdown: its
     * clients died with the killed run), and only if it does not, kill it; PostgreSQL recovers from its WAL on the
     * next start. A stale file whose process is gone needs nothing: PostgreSQL replaces it itself.
     */
    static void detenerServidorHuerfano(Path datos) throws IOException, InterruptedException {
        Optional<ProcessHandle> huerfano = servidorDe(datos);
        if (huerfano.isEmpty()) {
            return;
        }
        ProcessHandle servidor = huerfano.get();
        System.out.println("CASIA: se detiene el PostgreSQL (pid " + servidor.pid()
                + ") que dejó en marcha una ejecución anterior interrumpida");
        servidor.destroy();
        try {
            servidor.onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            servidor.destroyForcibly();
            servidor.onExit().join();
        }
    }

    private static Optional<ProcessHandle> servidorDe(Path datos) throws IOException {
        Path pid = datos.resolve("postmaster.pid");
        if (!Files.isRegularFile(pid)) {
            return Optional.empty();
        }
        String primera = Files.readAllLines(pid, StandardCharsets.US_ASCII).stream()
                .findFirst()
                .orElse("")
                .trim();
        if (!primera.matches("\\d{1,10}")) {
            return Optional.empty();
        }
        // The pid may have been reused by another program since: only a live "postgres" process is ours to stop.
        return ProcessHandle.of(Long.parseLong(primera))
                .filter(ProcessHandle::isAlive)
                .filter(p ->
                        p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    }
}
