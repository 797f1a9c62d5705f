package es.tgss.casia.almacen;

import es.tgss.casia.arranque.Migraciones;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/** A new database of the machine's PostgreSQL with every migration, dropped at the end (as MigracionesTest). */
final class BaseDeDatosDePrueba implements AutoCloseable {

    private static final String SERVIDOR = "jdbc:postgresql://127.0.0.1:5432/";
    private final String base = "casia_almacen_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
    final PGSimpleDataSource dataSource = new PGSimpleDataSource();

    BaseDeDatosDePrueba() throws SQLException {
        administrar("create database " + base + " encoding 'UTF8' template template0");
        dataSource.setURL(SERVIDOR + base);
        dataSource.setUser("postgres");
        Migraciones.migrar(dataSource);
    }

    int ejecutar(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        administrar("drop database if exists " + base + " with (force)");
    }

    private static void administrar(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVIDOR + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
