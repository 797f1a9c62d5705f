package es.tgss.casia.arranque;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The migrations and the demo data on H2 in PostgreSQL mode, as the embedded run uses them (the same URL options
 * as config/micro/postboot-h2.asadmin). EsquemaIdenticoIT compares the result with PostgreSQL's.
 */
class MigracionesH2Test {

    private JdbcDataSource dataSource;

    @BeforeEach
    void baseDeDatosNueva() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
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
                + "where u.login = '12345678Z' and m.tipo = 'PRINCIPAL'")).isEqualTo(2);
        assertThat(numero("select count(*) from tramitador")).isEqualTo(4);
        // Ids taken by the SQL never clash with the blocks of 50 that EclipseLink takes from the same sequence.
        assertThat(numero("select min(id) from usuario")).isGreaterThanOrEqualTo(50);
    }

    @Test
    void unRolQueNoExisteLoRechazaLaBaseDeDatos() throws SQLException {
        Migraciones.migrar(dataSource);
        Migraciones.cargarDatosDemo(dataSource);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate(
                    "insert into usuario_rol (usuario_id, rol) select id, 'ADMIN' from usuario where login = 'ops1'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("ck_usuario_rol");
        }
    }

    private long numero(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
