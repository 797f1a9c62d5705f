package es.tgss.casia.arranque;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the server on PostgreSQL: start-up migrated the schema and loaded the demo data, once. */
@ExtendWith(ArquillianExtension.class)
class ArranqueIT {

    @Resource(lookup = Arranque.DATASOURCE)
    private DataSource dataSource;

    @Test
    void elEsquemaLoPoneFlywayEnPostgresql() throws SQLException {
        assertThat(texto("select version()")).startsWith("PostgreSQL");
        assertThat(numero("select count(*) from flyway_schema_history where success and version = '1'"))
                .isEqualTo(1);
        assertThat(numero("select count(*) from information_schema.tables where table_name in "
                        + "('usuario', 'usuario_rol', 'autorizacion', 'miembro_autorizacion', 'unidad', 'tramitador')"))
                .isEqualTo(6);
    }

    @Test
    void losDatosDeDemostracionSeCarganUnaSolaVezYConContrasenaCifrada() throws SQLException {
        assertThat(numero("select count(*) from flyway_historial_demo where success and version = '1'"))
                .isEqualTo(1);
        assertThat(numero("select count(*) from autorizacion")).isEqualTo(3);
        assertThat(numero("select count(*) from unidad")).isEqualTo(2);
        assertThat(numero("select count(*) from usuario where password_hash is null"))
                .isZero();
        // PBKDF2 with CASIA's parameters, never the password itself.
        assertThat(texto("select password_hash from usuario where login = '12345678Z'"))
                .startsWith("PBKDF2WithHmacSHA512:210000:")
                .doesNotContain("casia");
    }

    @Test
    void migrarOtraVezNoAplicaNada() {
        assertThat(Migraciones.migrar(dataSource)).isZero();
        assertThat(Migraciones.cargarDatosDemo(dataSource)).isZero();
    }

    private long numero(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String texto(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
