package es.tgss.casia.salud;

import es.tgss.casia.arranque.Arranque;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}: CASIA can take work only while its database answers. The answer is public (load
 * balancers read it without a login), so it says up or down and nothing more: neither the database product nor
 * the driver's error, which names hosts and ports. The reason goes to the server log.
 */
@Readiness
@ApplicationScoped
public class BaseDeDatosDisponible implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(BaseDeDatosDisponible.class.getName());

    @Override
    public HealthCheckResponse call() {
        var respuesta = HealthCheckResponse.named("base-de-datos");
        // Looked up on each call, not injected: a missing resource must not fail the deployment before
        // start-up has said, in one line, what is wrong.
        try (Connection c =
                InitialContext.<DataSource>doLookup(Arranque.DATASOURCE).getConnection()) {
            return respuesta.status(c.isValid(2)).build();
        } catch (SQLException | NamingException e) {
            LOG.log(Level.WARNING, "La base de datos no responde", e);
            return respuesta.down().build();
        }
    }
}
