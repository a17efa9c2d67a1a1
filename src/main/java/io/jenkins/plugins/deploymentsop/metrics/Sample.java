package io.jenkins.plugins.deploymentsop.metrics;

import java.io.Serializable;
import java.time.Instant;

/**
 * One value of a metric at one point in time.
 *
 * @param time when the value was observed (for Prometheus: the evaluation timestamp)
 * @param value the value, never NaN (a NaN is reported as "no data" instead)
 */
public record Sample(Instant time, double value) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a sample.
     *
     * @param time when the value was observed
     * @param value the value
     */
    public Sample {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("A sample cannot be NaN (at " + time + "); report no data instead");
        }
    }
}
