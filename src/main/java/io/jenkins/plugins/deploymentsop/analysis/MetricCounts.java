package io.jenkins.plugins.deploymentsop.analysis;

import java.io.Serializable;

/**
 * The tallies of one metric in an analysis run. Errors do not count as measurements: a measurement that could not be
 * taken is retried at the next interval, and only {@code consecutiveErrors} decides whether to give up.
 *
 * @param measured measurements with a verdict (successful + failed + inconclusive)
 * @param successful passed measurements
 * @param failed failed measurements
 * @param inconclusive inconclusive measurements
 * @param errors source errors in total
 * @param consecutiveErrors source errors since the last measurement with a verdict
 */
public record MetricCounts(
        int measured, int successful, int failed, int inconclusive, int errors, int consecutiveErrors)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Nothing measured yet. */
    public static final MetricCounts NONE = new MetricCounts(0, 0, 0, 0, 0, 0);

    /**
     * Returns the tallies after one more measurement.
     *
     * @param phase the measurement's phase: SUCCESSFUL, FAILED, INCONCLUSIVE or ERROR
     * @return the new tallies
     */
    public MetricCounts plus(final AnalysisPhase phase) {
        switch (phase) {
            case SUCCESSFUL:
                return new MetricCounts(measured + 1, successful + 1, failed, inconclusive, errors, 0);
            case FAILED:
                return new MetricCounts(measured + 1, successful, failed + 1, inconclusive, errors, 0);
            case INCONCLUSIVE:
                return new MetricCounts(measured + 1, successful, failed, inconclusive + 1, errors, 0);
            case ERROR:
                return new MetricCounts(measured, successful, failed, inconclusive, errors + 1, consecutiveErrors + 1);
            default:
                throw new IllegalArgumentException("A measurement cannot be " + phase);
        }
    }

    @Override
    public String toString() {
        return String.format(
                "%d measured: %d successful, %d failed, %d inconclusive; %d errors (%d in a row)",
                measured, successful, failed, inconclusive, errors, consecutiveErrors);
    }
}
