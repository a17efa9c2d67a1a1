package io.jenkins.plugins.deploymentsop.analysis;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * The Mann-Whitney U test for the judge. Small and medium samples go to Apache Commons Statistics'
 * {@link MannWhitneyUTest} (exact p-values where it computes them). For large samples (n·m above
 * {@value #LARGE_PRODUCT}) Commons would rank the pooled values again, which costs milliseconds per metric; the judge
 * has both samples sorted already, so here U, the tie correction and the same normal approximation with continuity
 * correction that Commons uses are computed in one merge pass, O(n + m). A test checks that both agree.
 */
final class RankSumTest {
    /** From this product of the sample sizes on, U is computed here from the sorted samples. */
    static final long LARGE_PRODUCT = 1_000_000;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private RankSumTest() {}

    /**
     * Tests whether the first sample is shifted against the second.
     *
     * @param sortedX the first sample (canary), ascending
     * @param sortedY the second sample (stable), ascending
     * @param alternative GREATER_THAN: x tends to be larger
     * @return U of x and the p-value
     */
    static Result test(final double[] sortedX, final double[] sortedY, final AlternativeHypothesis alternative) {
        if ((long) sortedX.length * sortedY.length < LARGE_PRODUCT) {
            MannWhitneyUTest.Result result =
                    MannWhitneyUTest.withDefaults().with(alternative).test(sortedX, sortedY);
            return new Result(result.getStatistic(), result.getPValue());
        }
        return asymptotic(sortedX, sortedY, alternative);
    }

    /** U by one merge of the sorted samples; ties count one half; normal approximation with continuity correction. */
    static Result asymptotic(final double[] x, final double[] y, final AlternativeHypothesis alternative) {
        int n = x.length;
        int m = y.length;
        double u = 0;
        double ties = 0; // sum of t^3 - t over groups of equal values
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            double value = j >= m || i < n && x[i] <= y[j] ? x[i] : y[j];
            int xEqual = 0;
            while (i < n && x[i] == value) {
                xEqual++;
                i++;
            }
            int yBelow = j;
            int yEqual = 0;
            while (j < m && y[j] == value) {
                yEqual++;
                j++;
            }
            u += xEqual * (yBelow + 0.5 * yEqual);
            double t = xEqual + yEqual;
            ties += t * t * t - t;
        }
        double size = (double) n + m;
        double variance = (double) n * m / 12 * ((size + 1) - ties / (size * (size - 1)));
        double shift = u - (double) n * m / 2;
        if (variance == 0) {
            return new Result(u, 1); // all values equal: no evidence of a shift
        }
        double p;
        switch (alternative) {
            case GREATER_THAN:
                p = STANDARD_NORMAL.survivalProbability((shift - 0.5) / Math.sqrt(variance));
                break;
            case LESS_THAN:
                p = STANDARD_NORMAL.cumulativeProbability((shift + 0.5) / Math.sqrt(variance));
                break;
            default:
                p = Math.min(1, 2 * STANDARD_NORMAL.survivalProbability((Math.abs(shift) - 0.5) / Math.sqrt(variance)));
                break;
        }
        return new Result(u, p);
    }

    /**
     * U of the first sample and the p-value.
     *
     * @param u the Mann-Whitney U statistic of x (pairs with x above y, ties counting one half)
     * @param pValue the p-value
     */
    record Result(double u, double pValue) {}
}
