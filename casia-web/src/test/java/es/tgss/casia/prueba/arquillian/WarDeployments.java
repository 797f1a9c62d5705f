package es.tgss.casia.prueba.arquillian;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Client-side helper: the WAR built by maven-war-plugin plus the compiled in-container test classes. */
public final class WarDeployments {

    /**
     * CASIA puts every URL behind a login; Arquillian's test runner servlet must stay reachable, and a
     * web-fragment's more specific pattern without auth-constraint does that without touching web.xml.
     */
    private static final String FRAGMENTO_PUBLICO = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
              <name>arquillian-publico</name>
              <security-constraint>
                <web-resource-collection>
                  <web-resource-name>arquillian</web-resource-name>
                  <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                  <url-pattern>/ArquillianServletRunnerEE9/*</url-pattern>
                </web-resource-collection>
              </security-constraint>
            </web-fragment>
            """;

    private WarDeployments() {}

    /**
     * @param clientOnlyPackages test packages that run only in the client JVM (browser tests): kept out of the WAR
     * @param testLibraries a class from each library the in-container tests need (AssertJ…): their jars are added
     */
    public static WebArchive builtWarWithTestClasses(
            String warPath, String testClasses, List<String> clientOnlyPackages, List<Class<?>> testLibraries) {
        File war = new File(require(warPath, "war path"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " not found: run through 'mvn verify' (package phase first)");
        }
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, war.getName())
                .importFrom(war)
                .as(WebArchive.class);
        Path root = Path.of(require(testClasses, "test classes dir"));
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                String rel = root.relativize(f).toString().replace(File.separatorChar, '/');
                if (!clientOnly(rel, clientOnlyPackages)) {
                    archive.add(new FileAsset(f.toFile()), "WEB-INF/classes/" + rel);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Class<?> clase : testLibraries) {
            try {
                archive.addAsLibrary(new File(clase.getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI()));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException("No jar for " + clase, e);
            }
        }
        archive.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-publico.jar")
                .addAsManifestResource(new StringAsset(FRAGMENTO_PUBLICO), "web-fragment.xml"));
        return archive;
    }

    /** Arquillian client config, this extension and client-only tests must not end up inside the server. */
    private static boolean clientOnly(String rel, List<String> clientOnlyPackages) {
        return rel.equals("arquillian.xml")
                || rel.startsWith("META-INF/services/org.jboss.arquillian")
                || rel.startsWith(WarDeployments.class.getPackageName().replace('.', '/') + "/")
                || clientOnlyPackages.stream().anyMatch(p -> rel.startsWith(p.replace('.', '/') + "/"));
    }

    private static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Missing " + what + " (system property not set by failsafe?)");
        }
        return value;
    }
}
