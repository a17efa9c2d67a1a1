package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.health.HealthReport;
import io.jenkins.plugins.deploymentsop.traffic.Color;

/** Checks the health of one colour, e.g. the probes of the {@code healthCheck} parameter against its target URL. */
@FunctionalInterface
public interface HealthGate {
    /**
     * Checks a colour.
     *
     * @param color the colour
     * @return the report; {@link HealthReport#healthy()} decides
     * @throws InterruptedException if interrupted
     */
    HealthReport check(Color color) throws InterruptedException;
}
