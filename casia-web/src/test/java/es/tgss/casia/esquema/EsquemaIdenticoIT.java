package es.tgss.casia.esquema;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.arranque.Migraciones;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The migrations give the same schema on both databases: the PostgreSQL one the server migrated at start-up,
 * and a new H2 database in the mode of the embedded run, migrated here. Compared column by column. The batch
 * runtime's own tables (jbatch*, made by Payara on the first job) and Flyway's are not ours to compare.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EsquemaIdenticoIT {

    private static final String COLUMNAS = """
            select table_name, column_name, data_type, is_nullable, character_maximum_length
            from information_schema.columns
            where table_schema = '%s' and table_name not like 'flyway%%' and table_name not like 'jbatch%%'
            order by table_name, column_name""";

    @Test
    void postgresqlYH2TienenLasMismasTablasColumnasYTipos() throws SQLException {
        List<String> postgresql;
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("casia.testDb", "casia_test"),
                "postgres", "sin-uso-con-trust")) {
            postgresql = columnas(c, "public");
        }

        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Migraciones.migrar(h2);
        List<String> enH2;
        try (Connection c = h2.getConnection()) {
            enH2 = columnas(c, "public");
        }

        assertThat(postgresql).contains("usuario.login character varying NO 64",
                "contenido_documento.datos bytea NO null");
        assertThat(enH2).containsExactlyElementsOf(postgresql);
    }

    private static List<String> columnas(Connection c, String esquema) throws SQLException {
        List<String> columnas = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(COLUMNAS.formatted(esquema))) {
            while (rs.next()) {
                String tipo = rs.getString(3).toLowerCase(Locale.ROOT);
                String longitud = rs.getString(5);
                if (tipo.equals("binary varying")) {
                    // H2's name for PostgreSQL's bytea (the migrations say bytea on both), with H2's own maximum.
                    tipo = "bytea";
                    longitud = null;
                }
                columnas.add(rs.getString(1) + "." + rs.getString(2) + " " + tipo + " " + rs.getString(4) + " "
                        + longitud);
            }
        }
        return columnas;
    }
}
