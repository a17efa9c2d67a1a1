package io.jenkins.plugins.deploymentsop.analysis;

import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Judges the canary against the stable version by a ratio, e.g. {@code canary p95 <= 1.2 × stable p95}. The optional
 * absolute allowance keeps a near-zero baseline from failing everything: with an error rate of 0 on stable, a limit
 * of {@code 1.5 × 0 + 0.001} still tolerates a tenth of a percent.
 *
 * @param comparison what must hold between the canary and the limit ({@code <=} for "must not grow")
 * @param factor the factor applied to the stable value, greater than 0
 * @param allowance an absolute slack added to (for {@code <}, {@code <=}) or taken from (for {@code >}, {@code >=})
 *     the limit, at least 0
 * @param aggregation how a range of values becomes one
 * @param critical whether a failure fails the canary regardless of the score
 */
public record BaselineRatioJudge(
        Comparison comparison, double factor, double allowance, Aggregation aggregation, boolean critical)
        implements TwoSampleJudge {
    /**
     * Creates the judge.
     *
     * @param comparison what must hold
     * @param factor the factor, finite and greater than 0
     * @param allowance the absolute slack, finite and at least 0
     * @param aggregation how a range becomes one value
     * @param critical whether a failure is critical
     */
    public BaselineRatioJudge {
        if (!Double.isFinite(factor) || factor <= 0) {
            throw new InvalidInputException("factor", String.valueOf(factor), "a number greater than 0, e.g. 1.2");
        }
        if (!Double.isFinite(allowance) || allowance < 0) {
            throw new InvalidInputException("allowance", String.valueOf(allowance), "a number of at least 0");
        }
    }

    /**
     * Creates the usual judge: the latest canary value at most {@code factor} times the stable one.
     *
     * @param factor the factor, e.g. 1.2
     * @return the judge
     */
    public static BaselineRatioJudge atMost(final double factor) {
        return new BaselineRatioJudge(Comparison.AT_MOST, factor, 0, Aggregation.LAST, false);
    }

    @Override
    public MetricVerdict judge(final String metric, final Measurement canary, final Measurement stable) {
        MetricVerdict verdict = judgeValues(metric, canary, stable);
        return critical ? verdict.asCritical() : verdict;
    }

    private MetricVerdict judgeValues(final String metric, final Measurement canary, final Measurement stable) {
        Optional<MetricVerdict> unavailable =
                Availability.check(metric, "canary", canary).or(() -> Availability.check(metric, "stable", stable));
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        double canaryValue = aggregation.apply(canary.values());
        double stableValue = aggregation.apply(stable.values());
        boolean upperLimit = comparison == Comparison.LESS_THAN || comparison == Comparison.AT_MOST;
        double limit = factor * stableValue + (upperLimit ? allowance : -allowance);
        double ratio = stableValue == 0 ? Double.NaN : canaryValue / stableValue;
        List<Figure> figures = List.of(
                new Figure("canary", canaryValue),
                new Figure("stable", stableValue),
                new Figure("ratio", ratio),
                new Figure("factor", factor),
                new Figure("allowance", allowance),
                new Figure("limit", limit));
        String limitText = Numbers.format(factor) + " × stable " + Numbers.format(stableValue)
                + (allowance == 0 ? "" : (upperLimit ? " + " : " - ") + Numbers.format(allowance)) + " = "
                + Numbers.format(limit);
        String ratioText = Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, " (ratio %s)", Numbers.format(ratio));
        if (comparison.holds(canaryValue, limit)) {
            return MetricVerdict.of(
                    metric,
                    Outcome.PASS,
                    figures,
                    "canary " + Numbers.format(canaryValue) + ratioText + " " + comparison + " " + limitText);
        }
        String reason = "canary " + Numbers.format(canaryValue) + ratioText + " is not " + comparison + " " + limitText;
        return MetricVerdict.of(metric, Outcome.FAIL, figures, reason);
    }
}
