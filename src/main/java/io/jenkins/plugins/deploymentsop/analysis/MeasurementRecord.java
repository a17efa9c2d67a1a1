package io.jenkins.plugins.deploymentsop.analysis;

import java.io.Serializable;
import java.time.Instant;

/**
 * One measurement of a metric in an analysis run: when it was taken and the judge's verdict with its numbers.
 *
 * @param takenAt when it was taken
 * @param verdict the verdict
 */
public record MeasurementRecord(Instant takenAt, MetricVerdict verdict) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Returns the phase of this measurement.
     *
     * @return SUCCESSFUL, FAILED, INCONCLUSIVE or ERROR
     */
    public AnalysisPhase phase() {
        return AnalysisPhase.of(verdict.outcome());
    }
}
