package io.jenkins.plugins.deploymentsop.analysis;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;

/**
 * The pooled two-proportion z-test: z = (p1 - p2) / sqrt(p (1 - p) (1/n1 + 1/n2)) with p the pooled proportion.
 * Its square equals Pearson's chi-square of the 2 × 2 table (R's {@code prop.test(correct = FALSE)}).
 */
public final class TwoProportionZTest {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private TwoProportionZTest() {}

    /**
     * Runs the test.
     *
     * @param first the first sample (the canary)
     * @param second the second sample (stable)
     * @param alternative GREATER_THAN: the first rate is higher
     * @return z and the p-value; z = 0 and p = 1 when the pooled proportion is 0 or 1 (no variation)
     */
    public static Result test(
            final EventCounts first, final EventCounts second, final AlternativeHypothesis alternative) {
        if (first.trials() == 0 || second.trials() == 0) {
            throw new IllegalArgumentException("Both samples need trials: " + first + ", " + second);
        }
        double pooled = (first.events() + second.events()) / (double) (first.trials() + second.trials());
        double variance = pooled * (1 - pooled) * (1.0 / first.trials() + 1.0 / second.trials());
        if (variance == 0) {
            return new Result(0, 1);
        }
        double z = (first.rate() - second.rate()) / Math.sqrt(variance);
        double p;
        switch (alternative) {
            case GREATER_THAN:
                p = STANDARD_NORMAL.survivalProbability(z);
                break;
            case LESS_THAN:
                p = STANDARD_NORMAL.cumulativeProbability(z);
                break;
            default:
                p = Math.min(1, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)));
                break;
        }
        return new Result(z, p);
    }

    /**
     * The outcome of the test.
     *
     * @param z the z statistic
     * @param pValue the p-value
     */
    public record Result(double z, double pValue) {}
}
