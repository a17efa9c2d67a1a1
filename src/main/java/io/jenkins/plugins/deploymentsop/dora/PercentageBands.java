package io.jenkins.plugins.deploymentsop.dora;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.io.Serializable;
import java.util.Objects;

/**
 * Upper bounds of the elite, high and medium bands for a rate (smaller is better): a rate at most the elite bound is
 * elite, at most the high bound high, at most the medium bound medium, anything above low.
 */
public final class PercentageBands implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Percentage elite;
    private final Percentage high;
    private final Percentage medium;

    private PercentageBands(final Percentage elite, final Percentage high, final Percentage medium) {
        this.elite = elite;
        this.high = high;
        this.medium = medium;
    }

    /**
     * Creates the bounds.
     *
     * @param metric the metric name, for the error message (e.g. {@code changeFailureRate})
     * @param elite the elite bound
     * @param high the high bound, at least the elite bound
     * @param medium the medium bound, at least the high bound
     * @return the bounds
     * @throws InvalidInputException if the bounds are not in ascending order
     */
    public static PercentageBands of(
            final String metric, final Percentage elite, final Percentage high, final Percentage medium) {
        if (high.isBelow(elite)) {
            throw new InvalidInputException(
                    metric + ".high", high.toString(), "a percentage of at least the elite bound " + elite);
        }
        if (medium.isBelow(high)) {
            throw new InvalidInputException(
                    metric + ".medium", medium.toString(), "a percentage of at least the high bound " + high);
        }
        return new PercentageBands(elite, high, medium);
    }

    /**
     * Places a rate into a band.
     *
     * @param value the measured rate
     * @return the band
     */
    public PerformanceBand band(final Percentage value) {
        if (value.compareTo(elite) <= 0) {
            return PerformanceBand.ELITE;
        }
        if (value.compareTo(high) <= 0) {
            return PerformanceBand.HIGH;
        }
        if (value.compareTo(medium) <= 0) {
            return PerformanceBand.MEDIUM;
        }
        return PerformanceBand.LOW;
    }

    public Percentage getElite() {
        return elite;
    }

    public Percentage getHigh() {
        return high;
    }

    public Percentage getMedium() {
        return medium;
    }

    @Override
    public boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PercentageBands)) {
            return false;
        }
        PercentageBands other = (PercentageBands) o;
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
