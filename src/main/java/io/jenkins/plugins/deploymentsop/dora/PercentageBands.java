package io.jenkins.plugins.deploymentsop.dora;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.io.Serializable;

/**
 * Upper bounds of the elite, high and medium bands for a rate (smaller is better): a rate at most the elite bound is
 * elite, at most the high bound high, at most the medium bound medium, anything above low.
 */
public final class PercentageBands implements Serializable {
    private static final long serialVersionUID = 1L;

    private final BandBounds<Percentage> bounds;

    private PercentageBands(final BandBounds<Percentage> bounds) {
        this.bounds = bounds;
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
        return new PercentageBands(BandBounds.of(metric, "a percentage", elite, high, medium));
    }

    /**
     * Places a rate into a band.
     *
     * @param value the measured rate
     * @return the band
     */
    public PerformanceBand band(final Percentage value) {
        return bounds.band(bound -> value.compareTo(bound) <= 0);
    }

    public Percentage getElite() {
        return bounds.getElite();
    }

    public Percentage getHigh() {
        return bounds.getHigh();
    }

    public Percentage getMedium() {
        return bounds.getMedium();
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof PercentageBands && bounds.equals(((PercentageBands) o).bounds);
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
