package io.jenkins.plugins.deploymentsop.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides the phase of one metric from its settings and tallies: a pure function, tested directly.
 *
 * <p>A limit is exceeded when the tally is greater than the limit; if several are, the worst phase wins (failed over
 * error over inconclusive) and the reason names all. Without an exceeded limit the metric is successful once its count
 * of measurements is reached, or when the run is terminated after at least one measurement. Unlike Argo Rollouts, a
 * metric terminated before any measurement is inconclusive (or an error if it only had errors), never successful: no
 * data is not a pass.
 *
 * @param phase the metric's phase
 * @param reason why, with the numbers, e.g. {@code failed (3) > failureLimit (2)}
 */
public record MetricAssessment(AnalysisPhase phase, String reason) {
    /**
     * Assesses a metric.
     *
     * @param settings the metric's settings
     * @param counts its tallies
     * @param terminating whether the run is being stopped (e.g. the bake time of a canary step is over)
     * @return the phase and reason
     */
    public static MetricAssessment assess(
            final MetricSettings settings, final MetricCounts counts, final boolean terminating) {
        AnalysisPhase worst = AnalysisPhase.PENDING;
        List<String> exceeded = new ArrayList<>();
        if (counts.failed() > settings.failureLimit()) {
            worst = AnalysisPhase.worst(worst, AnalysisPhase.FAILED);
            exceeded.add(String.format("failed (%d) > failureLimit (%d)", counts.failed(), settings.failureLimit()));
        }
        if (counts.inconclusive() > settings.inconclusiveLimit()) {
            worst = AnalysisPhase.worst(worst, AnalysisPhase.INCONCLUSIVE);
            exceeded.add(String.format(
                    "inconclusive (%d) > inconclusiveLimit (%d)", counts.inconclusive(), settings.inconclusiveLimit()));
        }
        if (counts.consecutiveErrors() > settings.consecutiveErrorLimit()) {
            worst = AnalysisPhase.worst(worst, AnalysisPhase.ERROR);
            exceeded.add(String.format(
                    "consecutiveErrors (%d) > consecutiveErrorLimit (%d)",
                    counts.consecutiveErrors(), settings.consecutiveErrorLimit()));
        }
        if (!exceeded.isEmpty()) {
            return new MetricAssessment(worst, String.join(", ", exceeded));
        }
        if (settings.count() > 0 && counts.measured() >= settings.count()) {
            return new MetricAssessment(
                    AnalysisPhase.SUCCESSFUL,
                    String.format("count (%d) reached within the limits: %s", settings.count(), counts));
        }
        if (terminating) {
            if (counts.measured() > 0) {
                return new MetricAssessment(AnalysisPhase.SUCCESSFUL, "terminated within the limits: " + counts);
            }
            return counts.errors() > 0
                    ? new MetricAssessment(
                            AnalysisPhase.ERROR,
                            "terminated without a successful measurement: " + counts.errors() + " errors")
                    : new MetricAssessment(AnalysisPhase.INCONCLUSIVE, "terminated before its first measurement");
        }
        if (counts.measured() == 0 && counts.errors() == 0) {
            return new MetricAssessment(AnalysisPhase.PENDING, "waiting for the first measurement");
        }
        return new MetricAssessment(AnalysisPhase.RUNNING, counts.toString());
    }
}
