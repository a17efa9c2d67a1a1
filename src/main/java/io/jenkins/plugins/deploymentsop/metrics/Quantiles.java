package io.jenkins.plugins.deploymentsop.metrics;

/**
 * Quantiles of sorted values, interpolated linearly between the two nearest ranks (the usual "type 7" definition of
 * R and NumPy), so that the median of {1, 2, 3, 4} is 2.5.
 */
public final class Quantiles {
    private Quantiles() {}

    /**
     * Computes a quantile.
     *
     * @param sorted values in ascending order, at least one
     * @param q the quantile from 0 to 1, e.g. 0.95
     * @return the quantile
     */
    public static double quantile(final double[] sorted, final double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("A quantile needs at least one value");
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("A quantile must be from 0 to 1: " + q);
        }
        double position = (sorted.length - 1) * q;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        if (fraction == 0) {
            return sorted[below];
        }
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }

    /**
     * Computes the median.
     *
     * @param sorted values in ascending order, at least one
     * @return the median
     */
    public static double median(final double[] sorted) {
        return quantile(sorted, 0.5);
    }
}
