package io.jenkins.plugins.deploymentsop.steps;

import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The descriptor of a step that acts on one {@code service@environment}: the form checks of those two fields are the
 * same for every such step (Stapler finds inherited {@code doCheck} methods).
 */
public abstract class DeploymentStepDescriptor extends StepDescriptor {
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
