package io.jenkins.plugins.deploymentsop.analysis;

/**
 * The exact null distribution of the Mann-Whitney statistic U (the number of pairs with x above y) for small samples
 * without ties, from the classic recursion: the largest of all n + m values is either an x (then it beats all m
 * y-values) or a y, so P(n, m, u) = n/(n+m) P(n-1, m, u-m) + m/(n+m) P(n, m-1, u). Only additions of probabilities,
 * so it stays accurate; O(n m · n m) work, used below {@value #MAX_EXACT_SIZE} values per sample.
 */
final class MannWhitneyDistribution {
    /** Largest sample size handled exactly (as R's wilcox.test: exact below 50). */
    static final int MAX_EXACT_SIZE = 49;

    private MannWhitneyDistribution() {}

    /**
     * Returns the probability of each value of U.
     *
     * @param n the size of the first sample
     * @param m the size of the second sample
     * @return P(U = u) for u = 0..n m
     */
    static double[] probabilities(final int n, final int m) {
        if (n < 1 || m < 1 || n > MAX_EXACT_SIZE || m > MAX_EXACT_SIZE) {
            throw new IllegalArgumentException("Exact distribution only for 1..49 values per sample: " + n + ", " + m);
        }
        // previous[j] holds the distribution for (i - 1, j); current[j] for (i, j)
        double[][] previous = new double[m + 1][];
        for (int j = 0; j <= m; j++) {
            previous[j] = new double[] {1}; // no x at all: U = 0
        }
        for (int i = 1; i <= n; i++) {
            double[][] current = new double[m + 1][];
            current[0] = new double[] {1}; // no y at all: U = 0
            for (int j = 1; j <= m; j++) {
                double[] distribution = new double[i * j + 1];
                double xLargest = i / (double) (i + j);
                double[] withoutX = previous[j];
                for (int u = 0; u < withoutX.length; u++) {
                    distribution[u + j] += xLargest * withoutX[u];
                }
                double[] withoutY = current[j - 1];
                for (int u = 0; u < withoutY.length; u++) {
                    distribution[u] += (1 - xLargest) * withoutY[u];
                }
                current[j] = distribution;
            }
            previous = current;
        }
        return previous[m];
    }

    /**
     * Returns the lower quantile as R's {@code qwilcox}: the smallest q with P(U ≤ q) ≥ p.
     *
     * @param p the probability, e.g. alpha / 2
     * @param n the size of the first sample
     * @param m the size of the second sample
     * @return the quantile
     */
    static int lowerQuantile(final double p, final int n, final int m) {
        double[] probabilities = probabilities(n, m);
        double cumulative = 0;
        for (int u = 0; u < probabilities.length; u++) {
            cumulative += probabilities[u];
            // a relative tolerance as R uses, so that exact table values are not missed by rounding
            if (cumulative >= p * (1 - 64 * Math.ulp(1.0))) {
                return u;
            }
        }
        return probabilities.length - 1;
    }
}
