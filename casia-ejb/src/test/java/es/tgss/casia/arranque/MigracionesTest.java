package es.tgss.casia.arranque;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrations and the demo data on a new database of the machine's PostgreSQL (production's version; the embedded
 * run's PostgreSQL 17 gets them at every start of the default-run test).
 */
class MigracionesTest {

    private static final String SERVIDOR = "jdbc:postgresql://127.0.0.1:5432/";
    private final String base = "casia_migraciones_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
    private PGSimpleDataSource dataSource;

    @BeforeEach
    void baseDeDatosNueva() throws SQLException {
        administrar("create database " + base + " encoding 'UTF8' template template0");
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(SERVIDOR + base);
        dataSource.setUser("postgres");
    }

    @AfterEach
    void borrarBaseDeDatos() throws SQLException {
        administrar("drop database if exists " + base + " with (force)");
    }

    private static void administrar(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVIDOR + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void lasMigracionesSeAplicanUnaVezYLaSegundaNoHaceNada() {
        assertThat(Migraciones.migrar(dataSource)).isPositive();
        assertThat(Migraciones.migrar(dataSource)).isZero();
    }

    @Test
    void losDatosDemoSeCarganUnaSolaVezSobreElEsquema() throws SQLException {
        Migraciones.migrar(dataSource);
        assertThat(Migraciones.cargarDatosDemo(dataSource)).isEqualTo(1);
        assertThat(Migraciones.cargarDatosDemo(dataSource)).isZero();

        assertThat(numero("select count(*) from autorizacion")).isEqualTo(3);
        assertThat(numero("select count(*) from miembro_autorizacion m join usuario u on u.id = m.usuario_id "
                        + "where u.login = '12345678Z' and m.tipo = 'PRINCIPAL'"))
                .isEqualTo(2);
        assertThat(numero("select count(*) from tramitador")).isEqualTo(4);
        // Ids taken by the SQL never clash with the blocks of 50 that EclipseLink takes from the same sequence.
        assertThat(numero("select min(id) from usuario")).isGreaterThanOrEqualTo(50);
    }

    @Test
    void unRolQueNoExisteLoRechazaLaBaseDeDatos() throws SQLException {
        Migraciones.migrar(dataSource);
        Migraciones.cargarDatosDemo(dataSource);
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> s.executeUpdate(
                                    "insert into usuario_rol (usuario_id, rol) select id, 'ADMIN' from usuario where login = 'ops1'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("ck_usuario_rol");
        }
    }

    private long numero(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
