package io.jenkins.plugins.deploymentsop.dora;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.time.Duration;

/**
 * Upper bounds of the elite, high and medium bands for a metric measured as a duration (smaller is better). A value
 * at most the elite bound is elite, at most the high bound high, at most the medium bound medium, anything longer low.
 */
public final class DurationBands implements Serializable {
    private static final long serialVersionUID = 1L;

    private final BandBounds<TimeSpan> bounds;

    private DurationBands(final BandBounds<TimeSpan> bounds) {
        this.bounds = bounds;
    }

    /**
     * Creates the bounds.
     *
     * @param metric the metric name, for the error message (e.g. {@code leadTime})
     * @param elite the elite bound, greater than zero
     * @param high the high bound, at least the elite bound
     * @param medium the medium bound, at least the high bound
     * @return the bounds
     * @throws InvalidInputException if the bounds are zero or not in ascending order
     */
    public static DurationBands of(
            final String metric, final TimeSpan elite, final TimeSpan high, final TimeSpan medium) {
        if (elite.isZero()) {
            throw new InvalidInputException(metric + ".elite", elite.toString(), "a duration greater than 0s");
        }
        return new DurationBands(BandBounds.of(metric, "a duration", elite, high, medium));
    }

    /**
     * Places a duration into a band.
     *
     * @param value the measured duration
     * @return the band
     */
    public PerformanceBand band(final Duration value) {
        long millis = value.toMillis();
        return bounds.band(bound -> millis <= bound.toMillis());
    }

    public TimeSpan getElite() {
        return bounds.getElite();
    }

    public TimeSpan getHigh() {
        return bounds.getHigh();
    }

    public TimeSpan getMedium() {
        return bounds.getMedium();
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof DurationBands && bounds.equals(((DurationBands) o).bounds);
    }

    @Override
    public int hashCode() {
        return bounds.hashCode();
    }

    @Override
    public String toString() {
        return bounds.toString();
    }
}
