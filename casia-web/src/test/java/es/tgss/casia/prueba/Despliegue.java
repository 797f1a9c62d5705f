package es.tgss.casia.prueba;

import es.tgss.casia.prueba.arquillian.WarDeployments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the test suite (named in arquillian.xml): the real casia.war as the build made it, plus
 * the in-container test classes. Payara Micro starts once for all the IT classes of a failsafe run.
 */
public final class Despliegue {

    /** Browser tests drive Chromium from the client JVM; their classes (and Selenium) stay out of the server. */
    public static final String PAQUETE_NAVEGADOR = "es.tgss.casia.web.navegador";

    private Despliegue() {}

    @Deployment
    public static WebArchive war() throws IOException {
        // The temporary folder both this JVM and the server's use (failsafe's argLine, arquillian.xml).
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        return WarDeployments.builtWarWithTestClasses(
                System.getProperty("casia.war"),
                System.getProperty("casia.testClasses"),
                List.of(PAQUETE_NAVEGADOR),
                List.of(
                        org.assertj.core.api.Assertions.class,
                        com.icegreen.greenmail.util.GreenMail.class,
                        org.slf4j.Logger.class));
    }
}
