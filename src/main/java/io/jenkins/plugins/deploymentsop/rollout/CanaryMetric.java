package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.analysis.MetricSettings;
import java.io.Serializable;

/**
 * One metric of the analysis of every canary step.
 *
 * @param settings interval, count, limits, initial delay, dry run
 * @param comparesWithStable whether it compares the canary with the stable version: such a metric is not measured
 *     at the 100% step, where the stable version gets no traffic
 */
public record CanaryMetric(MetricSettings settings, boolean comparesWithStable) implements Serializable {
    private static final long serialVersionUID = 1L;

    public String name() {
        return settings.name();
    }
}
