package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import io.jenkins.plugins.deploymentsop.steps.ColorTargets;
import io.jenkins.plugins.deploymentsop.steps.HealthCheckConfiguration;
import io.jenkins.plugins.deploymentsop.traffic.Color;

/**
 * Makes the probe of one health check for one colour: in Jenkins a probe whose attempts run in the build's agent's
 * JVM (like {@code blueGreenDeploy}'s), in tests a local one.
 */
@FunctionalInterface
public interface ProbeFactory {
    /**
     * Makes a probe.
     *
     * @param check the health check as the user wrote it
     * @param color the colour probed
     * @param targets the base URLs of both colours
     * @return the probe
     * @throws io.jenkins.plugins.deploymentsop.value.InvalidInputException naming the parameter of a bad value
     */
    HealthProbe create(HealthCheckConfiguration check, Color color, ColorTargets targets);
}
