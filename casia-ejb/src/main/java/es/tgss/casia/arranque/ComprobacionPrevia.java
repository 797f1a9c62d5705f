package es.tgss.casia.arranque;

import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.configuracion.ConfiguracionInvalidaException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Run by config/micro/arrancar.sh before Payara Micro starts: checks every setting and, for PostgreSQL, that
 * the database answers. A wrong setting then stops the start with one line naming it, instead of the pages of
 * stack traces the server prints when its persistence unit cannot log in while deploying.
 */
public final class ComprobacionPrevia {

    private ComprobacionPrevia() {}

    public static void main(String[] argumentos) {
        try {
            Configuracion configuracion = Configuracion.leer(System::getenv);
            configuracion
                    .urlBaseDeDatos()
                    .ifPresent(url -> conectar(
                            url,
                            configuracion.usuarioBaseDeDatos().orElseThrow(),
                            configuracion.contrasenaBaseDeDatos().orElseThrow()));
        } catch (ConfiguracionInvalidaException e) {
            salir(String.join("; ", e.errores()));
        } catch (FalloDeArranque e) {
            salir(e.getMessage());
        }
    }

    private static void conectar(String url, String usuario, String contrasena) {
        Properties propiedades = new Properties();
        propiedades.setProperty("user", usuario);
        propiedades.setProperty("password", contrasena);
        propiedades.setProperty("connectTimeout", "5");
        propiedades.setProperty("loginTimeout", "5");
        try (Connection c = DriverManager.getConnection(url, propiedades)) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new FalloDeArranque("no se puede conectar con la base de datos " + Configuracion.DB_URL + "=" + url
                    + ": "
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").replaceAll("[.\\s]+$", "") + ". Revise "
                    + Configuracion.DB_URL + ", " + Configuracion.DB_USER + " y " + Configuracion.DB_PASSWORD);
        }
    }

    private static void salir(String mensaje) {
        System.err.println("CASIA no puede arrancar: " + mensaje);
        System.exit(3);
    }
}
