package io.jenkins.plugins.deploymentsop.analysis;

import io.jenkins.plugins.deploymentsop.metrics.Quantiles;
import java.util.Arrays;

/**
 * How the values of a range measurement become the one number a threshold or ratio judge compares. An instant query
 * has one value, where all aggregations agree.
 */
public enum Aggregation {
    /** The latest value. */
    LAST,
    /** The arithmetic mean. */
    MEAN,
    /** The median. */
    MEDIAN,
    /** The largest value: the strictest for "must stay below" limits. */
    MAX,
    /** The smallest value. */
    MIN;

    /**
     * Aggregates values in time order.
     *
     * @param values at least one value
     * @return the aggregate
     */
    public double apply(final double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("Nothing to aggregate");
        }
        switch (this) {
            case LAST:
                return values[values.length - 1];
            case MEAN:
                return Arrays.stream(values).average().orElseThrow();
            case MEDIAN:
                double[] sorted = values.clone();
                RadixSort.sort(sorted);
                return Quantiles.median(sorted);
            case MAX:
                return Arrays.stream(values).max().orElseThrow();
            default:
                return Arrays.stream(values).min().orElseThrow();
        }
    }
}
