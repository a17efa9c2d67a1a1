package io.jenkins.plugins.deploymentsop.steps;

import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The descriptor of a step that acts on one {@code service@environment}: the form checks of those two fields are the
 * same for every such step (Stapler finds inherited {@code doCheck} methods), and every such step writes to the
 * build's deployment record and log.
 */
public abstract class DeploymentStepDescriptor extends StepDescriptor {
    @Override
    public Set<? extends Class<?>> getRequiredContext() {
        return Set.of(Run.class, TaskListener.class);
    }

    /**
     * Names the deployment of a call for the Pipeline graph.
     *
     * @param namedArgs the arguments of the call
     * @return {@code service@environment}, if both are plain strings (not yet interpolated values)
     */
    protected static Optional<String> deploymentOf(final Map<String, Object> namedArgs) {
        Object service = namedArgs.get("service");
        Object environment = namedArgs.get("environment");
        return service instanceof String && environment instanceof String
                ? Optional.of(service + "@" + environment)
                : Optional.empty();
    }

    /**
     * Validates the service name.
     *
     * @param value the value
     * @param item the job
     * @return the result
     */
    @POST
    public FormValidation doCheckService(@QueryParameter final String value, @AncestorInPath final Item item) {
        return ParameterCheck.check(item, () -> new DeploymentKey(value, "x"));
    }

    /**
     * Validates the environment name.
     *
     * @param value the value
     * @param item the job
     * @return the result
     */
    @POST
    public FormValidation doCheckEnvironment(@QueryParameter final String value, @AncestorInPath final Item item) {
        return ParameterCheck.check(item, () -> new DeploymentKey("x", value));
    }
}
