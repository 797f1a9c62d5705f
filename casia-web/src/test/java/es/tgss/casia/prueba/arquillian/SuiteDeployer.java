package es.tgss.casia.prueba.arquillian;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jboss.arquillian.config.descriptor.api.ArquillianDescriptor;
import org.jboss.arquillian.config.descriptor.api.ExtensionDef;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.DeploymentContext;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * How Arquillian normally works (ContainerEventController):
 * BeforeSuite -> SetupContainers, StartSuiteContainers;
 * BeforeClass -> GenerateDeployment(testClass), DeployManagedDeployments;
 * AfterClass  -> UnDeployManagedDeployments;  AfterSuite -> StopSuiteContainers.
 * The Payara Micro managed connector starts a Micro JVM in deploy() and kills it in undeploy(),
 * so per-class deployment means one Micro per test class.
 *
 * This observer generates and deploys the suite deployment once, right after the suite containers
 * are started, hands the same DeploymentScenario to every test class (instead of generating one),
 * swallows the per-class deploy/undeploy events and undeploys once before the containers stop.
 */
public class SuiteDeployer {

    private static final Logger LOG = Logger.getLogger(SuiteDeployer.class.getName());
    static final String QUALIFIER = "suite-deployment";
    static final String PROPERTY = "deploymentClass";
    /** Failsafe's system property with Micro's HTTP port (casia-web/pom.xml). */
    static final String PORT_PROPERTY = "micro.http.port";

    @Inject
    private Instance<ArquillianDescriptor> descriptor;

    @Inject
    private Instance<ClassContext> classContext;

    /** Resolved in the currently active ClassContext. */
    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> scenario;

    @Inject
    private Instance<DeploymentContext> deploymentContext;

    /** Resolved in the currently active DeploymentContext. */
    @Inject
    private Instance<ProtocolMetaData> protocolMetaData;

    @Inject
    private Event<GenerateDeployment> generateDeployment;

    @Inject
    private Event<DeployManagedDeployments> deployManaged;

    @Inject
    private Event<UnDeployManagedDeployments> undeployManaged;

    private Class<?> deploymentClass;
    private DeploymentScenario suiteScenario;
    /** true while this observer itself fires the events it otherwise swallows */
    private boolean ownEvent;

    /** precedence below ContainerEventController (0): containers are already set up and started. */
    public void deployOnce(@Observes(precedence = -100) BeforeSuite event) throws Exception {
        deploymentClass = resolveDeploymentClass();
        if (deploymentClass == null) {
            return; // extension not configured: plain per-class Arquillian behaviour
        }
        LOG.info("Suite deployment from " + deploymentClass.getName() + " (deployed once for all test classes)");
        if (!waitForPortFree()) {
            throw new IllegalStateException(
                    "Port " + System.getProperty(PORT_PROPERTY) + " is still in use (another"
                            + " Payara Micro still stopping, or another test run): the tests would talk to it, not to this one");
        }
        runInClassContext(() -> {
            generateDeployment.fire(new GenerateDeployment(new TestClass(deploymentClass)));
            suiteScenario = scenario.get();
            deployManaged.fire(new DeployManagedDeployments());
        });
        failIfNothingDeployed();
    }

    /**
     * Payara Micro keeps running when the application fails to deploy (e.g. JPA cannot reach the
     * database) and the connector then reports a deployment without servlets. Fail here with a clear
     * message instead of 'ArquillianServletRunnerEE9 not found' in every test.
     */
    private void failIfNothingDeployed() {
        for (Deployment d : suiteScenario.deployments()) {
            if (!d.getDescription().testable() || !d.isDeployed()) {
                continue;
            }
            DeploymentContext ctx = deploymentContext.get();
            ctx.activate(d);
            try {
                ProtocolMetaData md = protocolMetaData.get();
                boolean servlets = md != null
                        && md.getContexts(HTTPContext.class).stream()
                                .anyMatch(http -> !http.getServlets().isEmpty());
                if (!servlets) {
                    throw new IllegalStateException(
                            "Suite deployment " + d.getDescription().getName()
                                    + " is not running in the container (no servlets reported); see the server log above");
                }
            } finally {
                ctx.deactivate();
            }
        }
    }

    /** precedence above ContainerEventController (0): undeploy before StopSuiteContainers. */
    public void undeployOnce(@Observes(precedence = 100) AfterSuite event) throws Exception {
        if (suiteScenario == null) {
            return;
        }
        LOG.info("Undeploying suite deployment " + deploymentClass.getName());
        try {
            runInClassContext(() -> {
                scenario.set(suiteScenario);
                undeployManaged.fire(new UnDeployManagedDeployments());
            });
        } finally {
            classContext.get().destroy(deploymentClass);
            suiteScenario = null;
            // The connector kills Micro without waiting for it to exit; the next failsafe execution starts
            // another Micro on the same port right away, and would lose the port to the dying one.
            waitForPortFree();
        }
    }

    /** @return whether nothing listens on the test HTTP port (waiting up to a minute for that) */
    private static boolean waitForPortFree() throws InterruptedException {
        String port = System.getProperty(PORT_PROPERTY);
        if (port == null) {
            return true;
        }
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(60);
        boolean waited = false;
        do {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(port)), 500);
            } catch (IOException e) {
                if (waited) {
                    LOG.info("Port " + port + " free after " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)
                            + " ms");
                }
                return true; // refused: free
            }
            waited = true;
            Thread.sleep(250);
        } while (System.nanoTime() < end);
        return false;
    }

    /** Per test class: reuse the suite scenario instead of building a new deployment. */
    public void replaceGenerateDeployment(@Observes EventContext<GenerateDeployment> ctx) {
        if (ownEvent || deploymentClass == null) {
            ctx.proceed();
            return;
        }
        if (suiteScenario == null) {
            throw new IllegalStateException("Suite deployment was not created (see BeforeSuite errors)");
        }
        checkNoOwnDeployment(ctx.getEvent().getTestClass());
        scenario.set(suiteScenario); // ClassContext of the test class is active here
    }

    public void skipPerClassDeploy(@Observes EventContext<DeployManagedDeployments> ctx) {
        if (ownEvent || deploymentClass == null) {
            ctx.proceed();
        }
    }

    public void skipPerClassUndeploy(@Observes EventContext<UnDeployManagedDeployments> ctx) {
        if (ownEvent || deploymentClass == null) {
            ctx.proceed();
        }
    }

    private void checkNoOwnDeployment(TestClass testClass) {
        for (Method m : testClass.getMethods(org.jboss.arquillian.container.test.api.Deployment.class)) {
            if (m.getDeclaringClass() != deploymentClass) {
                throw new IllegalStateException(testClass.getName() + " declares its own @Deployment ("
                        + m + ") but the suite deployment " + deploymentClass.getName()
                        + " is active; remove it (all test classes share the suite deployment)");
            }
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    private void runInClassContext(Action action) throws Exception {
        ClassContext ctx = classContext.get();
        ctx.activate(deploymentClass);
        ownEvent = true;
        try {
            action.run();
        } finally {
            ownEvent = false;
            ctx.deactivate();
        }
    }

    private Class<?> resolveDeploymentClass() throws ClassNotFoundException {
        String name = System.getProperty("arquillian.suite." + PROPERTY);
        if (name == null) {
            for (ExtensionDef ext : descriptor.get().getExtensions()) {
                if (QUALIFIER.equals(ext.getExtensionName())) {
                    name = ext.getExtensionProperties().get(PROPERTY);
                }
            }
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        return Class.forName(name.trim(), true, Thread.currentThread().getContextClassLoader());
    }
}
