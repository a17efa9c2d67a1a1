package io.jenkins.plugins.deploymentsop.dora;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Three ascending upper bounds that place a smaller-is-better measure into the four performance bands: a value at most
 * the elite bound is elite, at most the high bound high, at most the medium bound medium, anything above low.
 *
 * @param <T> the type of the bounds, e.g. a duration or a percentage
 */
final class BandBounds<T extends Serializable & Comparable<T>> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final T elite;
    private final T high;
    private final T medium;

    private BandBounds(final T elite, final T high, final T medium) {
        this.elite = elite;
        this.high = high;
        this.medium = medium;
    }

    /**
     * Creates the bounds.
     *
     * @param metric the metric name, for the error message (e.g. {@code leadTime})
     * @param kind what a bound is, for the error message (e.g. {@code a duration})
     * @param elite the elite bound
     * @param high the high bound, at least the elite bound
     * @param medium the medium bound, at least the high bound
     * @param <T> the type of the bounds
     * @return the bounds
     * @throws InvalidInputException if the bounds are not in ascending order
     */
    static <T extends Serializable & Comparable<T>> BandBounds<T> of(
            final String metric, final String kind, final T elite, final T high, final T medium) {
        if (high.compareTo(elite) < 0) {
            throw new InvalidInputException(
                    metric + ".high", high.toString(), kind + " of at least the elite bound " + elite);
        }
        if (medium.compareTo(high) < 0) {
            throw new InvalidInputException(
                    metric + ".medium", medium.toString(), kind + " of at least the high bound " + high);
        }
        return new BandBounds<>(elite, high, medium);
    }

    /**
     * Places a measured value into a band.
     *
     * @param withinBound tells whether the value is at most the given bound
     * @return the band
     */
    PerformanceBand band(final Predicate<T> withinBound) {
        if (withinBound.test(elite)) {
            return PerformanceBand.ELITE;
        }
        if (withinBound.test(high)) {
            return PerformanceBand.HIGH;
        }
        if (withinBound.test(medium)) {
            return PerformanceBand.MEDIUM;
        }
        return PerformanceBand.LOW;
    }

    T getElite() {
        return elite;
    }

    T getHigh() {
        return high;
    }

    T getMedium() {
        return medium;
    }

    @Override
    public boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BandBounds)) {
            return false;
        }
        BandBounds<?> other = (BandBounds<?>) o;
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
