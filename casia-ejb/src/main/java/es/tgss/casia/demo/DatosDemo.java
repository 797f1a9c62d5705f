package es.tgss.casia.demo;

import es.tgss.casia.arranque.Migraciones;
import es.tgss.casia.seguridad.Contrasenas;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Demo autorizaciones, users, unidades and tramitadores for the embedded run and the tests. Loaded only when
 * CASIA_DEMO_DATA is true; every demo user gets the password {@value #CONTRASENA}.
 */
public final class DatosDemo {

    public static final String CONTRASENA = "casia";

    private DatosDemo() {}

    /**
     * Loads the demo data if it is not there yet and gives a password to every demo user that has none.
     *
     * @return how many demo scripts were applied now (0 when the data was already there)
     */
    public static int cargar(DataSource dataSource, Pbkdf2PasswordHash hash) throws SQLException {
        int aplicados = Migraciones.cargarDatosDemo(dataSource);
        Contrasenas.configurar(hash);
        try (Connection c = dataSource.getConnection()) {
            List<Long> sinContrasena = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select id from usuario where password_hash is null");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sinContrasena.add(rs.getLong(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("update usuario set password_hash = ? where id = ?")) {
                for (Long id : sinContrasena) {
                    ps.setString(1, hash.generate(CONTRASENA.toCharArray()));
                    ps.setLong(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return aplicados;
    }
}
