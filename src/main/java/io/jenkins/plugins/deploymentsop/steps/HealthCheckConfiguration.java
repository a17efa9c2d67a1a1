package io.jenkins.plugins.deploymentsop.steps;

import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import java.io.Serializable;
import java.util.Optional;

/**
 * One entry of {@code healthCheck:} / {@code healthChecks:} of {@code blueGreenDeploy}: a nested Describable per kind
 * of probe ({@code http(...)}, {@code tcp(...)}, {@code commandProbe(...)}) that creates the engine's probe for one
 * colour. It keeps only the values the user wrote, so it is serializable with the build.
 */
public abstract class HealthCheckConfiguration extends AbstractDescribableImpl<HealthCheckConfiguration>
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the probe of one colour.
     *
     * @param target the colour, its URL and where commands and credentials come from
     * @return the probe
     * @throws io.jenkins.plugins.deploymentsop.value.InvalidInputException naming the parameter of a bad value
     */
    public abstract HealthProbe createProbe(ProbeTarget target);

    /**
     * Returns the ID of the credential the check sends, resolved on the controller before the probe goes to the
     * agent.
     *
     * @return the ID, empty for none
     */
    public Optional<String> credentialsId() {
        return Optional.empty();
    }

    /** The descriptor type of all health checks. */
    public abstract static class HealthCheckDescriptor extends Descriptor<HealthCheckConfiguration> {}
}
