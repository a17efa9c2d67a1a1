package io.jenkins.plugins.deploymentsop.steps;

import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.io.Serializable;

/**
 * The {@code router:} of {@code blueGreenDeploy}: a nested Describable per load balancer ({@code nginx(...)},
 * {@code haproxy(...)}, {@code command(...)}) that creates the engine's router. It keeps only the values the user
 * wrote, so it is serializable with the build.
 */
public abstract class RouterConfiguration extends AbstractDescribableImpl<RouterConfiguration> implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the engine's router.
     *
     * @param targets the base URLs of blue and green
     * @param commands where the router's commands run: the build's agent
     * @return the router
     * @throws io.jenkins.plugins.deploymentsop.value.InvalidInputException naming the parameter of a bad value
     */
    public abstract TrafficRouter createRouter(ColorTargets targets, CommandRunner commands);

    /** The descriptor type of all routers. */
    public abstract static class RouterDescriptor extends Descriptor<RouterConfiguration> {}
}
