package es.tgss.casia.salud;

import es.tgss.casia.arranque.Arranque;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready}: CASIA can take work only while its database answers. */
@Readiness
@ApplicationScoped
public class BaseDeDatosDisponible implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        var respuesta = HealthCheckResponse.named("base-de-datos");
        // Looked up on each call, not injected: a missing resource must not fail the deployment before
        // start-up has said, in one line, what is wrong.
        try (Connection c = InitialContext.<DataSource>doLookup(Arranque.DATASOURCE).getConnection()) {
            return respuesta.status(c.isValid(2)).withData("producto", c.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException | NamingException e) {
            return respuesta.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
