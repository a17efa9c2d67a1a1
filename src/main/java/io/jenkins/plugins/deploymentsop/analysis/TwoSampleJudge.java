package io.jenkins.plugins.deploymentsop.analysis;

import io.jenkins.plugins.deploymentsop.metrics.Measurement;

/** A judge that compares the canary with the stable version. */
public interface TwoSampleJudge {
    /**
     * Judges one pair of measurements.
     *
     * @param metric the metric's name, for the verdict
     * @param canary the canary's measurement
     * @param stable the stable version's measurement
     * @return the verdict with its numbers
     */
    MetricVerdict judge(String metric, Measurement canary, Measurement stable);
}
