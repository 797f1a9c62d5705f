package es.tgss.casia.prueba.arquillian;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Client-side Arquillian extension: one managed deployment for the whole test suite
 * (one JUnit Platform run / failsafe fork) instead of one per test class.
 *
 * Enabled by naming the class that holds the suite's {@code @Deployment} method in arquillian.xml:
 * <pre>
 * &lt;extension qualifier="suite-deployment"&gt;
 *   &lt;property name="deploymentClass"&gt;casia.proto.it.Despliegue&lt;/property&gt;
 * &lt;/extension&gt;
 * </pre>
 * (or system property {@code arquillian.suite.deploymentClass}).
 */
public class SuiteDeploymentExtension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SuiteDeployer.class);
    }
}
