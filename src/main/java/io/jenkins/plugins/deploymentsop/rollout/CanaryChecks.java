package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.analysis.MetricCheck;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import java.util.Map;

/**
 * Builds the measurement of each metric once the colours are known. Not serializable: after a restart the caller
 * builds it again from the step's configuration and credentials.
 */
@FunctionalInterface
public interface CanaryChecks {
    /** No metrics: steps only bake. */
    CanaryChecks NONE = (canary, stable) -> Map.of();

    /**
     * Creates the checks.
     *
     * @param canary the colour of the new version
     * @param stable the colour of the version that was live
     * @return the check of each metric of the plan, by name
     */
    Map<String, MetricCheck> checks(Color canary, Color stable);
}
