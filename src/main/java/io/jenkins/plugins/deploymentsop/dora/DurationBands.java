package io.jenkins.plugins.deploymentsop.dora;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * Upper bounds of the elite, high and medium bands for a metric measured as a duration (smaller is better). A value
 * at most the elite bound is elite, at most the high bound high, at most the medium bound medium, anything longer low.
 */
public final class DurationBands implements Serializable {
    private static final long serialVersionUID = 1L;

    private final TimeSpan elite;
    private final TimeSpan high;
    private final TimeSpan medium;

    private DurationBands(final TimeSpan elite, final TimeSpan high, final TimeSpan medium) {
        this.elite = elite;
        this.high = high;
        this.medium = medium;
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
        if (high.compareTo(elite) < 0) {
            throw new InvalidInputException(
                    metric + ".high", high.toString(), "a duration of at least the elite bound " + elite);
        }
        if (medium.compareTo(high) < 0) {
            throw new InvalidInputException(
                    metric + ".medium", medium.toString(), "a duration of at least the high bound " + high);
        }
        return new DurationBands(elite, high, medium);
    }

    /**
     * Places a duration into a band.
     *
     * @param value the measured duration
     * @return the band
     */
    public PerformanceBand band(final Duration value) {
        long millis = value.toMillis();
        if (millis <= elite.toMillis()) {
            return PerformanceBand.ELITE;
        }
        if (millis <= high.toMillis()) {
            return PerformanceBand.HIGH;
        }
        if (millis <= medium.toMillis()) {
            return PerformanceBand.MEDIUM;
        }
        return PerformanceBand.LOW;
    }

    public TimeSpan getElite() {
        return elite;
    }

    public TimeSpan getHigh() {
        return high;
    }

    public TimeSpan getMedium() {
        return medium;
    }

    @Override
    public boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DurationBands)) {
            return false;
        }
        DurationBands other = (DurationBands) o;
        return elite.equals(other.elite) && high.equals(other.high) && medium.equals(other.medium);
    }

    @Override
    public int hashCode() {
        return Objects.hash(elite, high, medium);
    }

    @Override
    public String toString() {
        return String.format("elite <= %s, high <= %s, medium <= %s, low above", elite, high, medium);
    }
}
