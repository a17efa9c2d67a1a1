package io.jenkins.plugins.deploymentsop.analysis;

import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.inference.BinomialTest;

/**
 * Judges event counts, e.g. errors out of requests, canary against stable. Made for counts: where errors are rare, a
 * rank test on error-rate samples sees mostly zeros on both sides and misses a real increase, while a count test
 * weighs every error. A metric fails when the difference is significant, in a bad direction, and larger than both the
 * allowed rate ratio and the allowed absolute difference.
 */
public final class CountJudge {
    private final Direction direction;
    private final double confidence;
    private final double allowedRatio;
    private final double allowedDifference;
    private final CountTestMethod method;
    private final boolean critical;

    private CountJudge(
            final Direction direction,
            final double confidence,
            final double allowedRatio,
            final double allowedDifference,
            final CountTestMethod method,
            final boolean critical) {
        this.direction = direction;
        this.confidence = confidence;
        this.allowedRatio = allowedRatio;
        this.allowedDifference = allowedDifference;
        this.method = method;
        this.critical = critical;
    }

    /**
     * Creates a judge.
     *
     * @param direction which change is bad (INCREASE for errors)
     * @param confidence the confidence level, e.g. 0.95
     * @param allowedRatio the tolerated rate ratio canary / stable for an increase (its inverse for a decrease), at
     *     least 1
     * @param allowedDifference the tolerated absolute rate difference, e.g. 0.001 for a tenth of a percent, at least 0
     * @param method the test
     * @param critical whether a failure fails the canary regardless of the score
     * @return the judge
     */
    public static CountJudge of(
            final Direction direction,
            final double confidence,
            final double allowedRatio,
            final double allowedDifference,
            final CountTestMethod method,
            final boolean critical) {
        if (!(confidence >= 0.5 && confidence < 1)) {
            throw new InvalidInputException(
                    "confidence", String.valueOf(confidence), "a level from 0.5 to below 1, e.g. 0.95");
        }
        if (!(allowedRatio >= 1) || Double.isInfinite(allowedRatio)) {
            throw new InvalidInputException(
                    "allowedRatio", String.valueOf(allowedRatio), "a finite ratio of at least 1");
        }
        if (!(allowedDifference >= 0 && allowedDifference < 1)) {
            throw new InvalidInputException(
                    "allowedDifference", String.valueOf(allowedDifference), "a rate difference from 0 to below 1");
        }
        return new CountJudge(direction, confidence, allowedRatio, allowedDifference, method, critical);
    }

    /**
     * Creates the usual error-count judge: any significant increase fails, 95% confidence, exact conditional test.
     *
     * @return the judge
     */
    public static CountJudge errors() {
        return of(Direction.INCREASE, 0.95, 1, 0, CountTestMethod.CONDITIONAL_BINOMIAL, false);
    }

    /**
     * Judges counts read from four measurements (events and trials on each side, latest values).
     *
     * @param metric the metric's name
     * @param canaryEvents the canary's events, e.g. {@code sum(increase(errors[5m]))}
     * @param canaryTrials the canary's trials
     * @param stableEvents the stable version's events
     * @param stableTrials the stable version's trials
     * @return the verdict
     */
    public MetricVerdict judge(
            final String metric,
            final Measurement canaryEvents,
            final Measurement canaryTrials,
            final Measurement stableEvents,
            final Measurement stableTrials) {
        Optional<MetricVerdict> unavailable = Availability.check(metric, "canary events", canaryEvents)
                .or(() -> Availability.check(metric, "canary trials", canaryTrials))
                .or(() -> Availability.check(metric, "stable events", stableEvents))
                .or(() -> Availability.check(metric, "stable trials", stableTrials));
        if (unavailable.isPresent()) {
            return critical ? unavailable.get().asCritical() : unavailable.get();
        }
        try {
            return judge(
                    metric,
                    EventCounts.rounded(canaryEvents.lastValue(), canaryTrials.lastValue()),
                    EventCounts.rounded(stableEvents.lastValue(), stableTrials.lastValue()));
        } catch (InvalidInputException exception) {
            MetricVerdict unusable =
                    MetricVerdict.error(metric, "the counts are not usable: " + exception.getMessage());
            return critical ? unusable.asCritical() : unusable;
        }
    }

    /**
     * Judges counts.
     *
     * @param metric the metric's name
     * @param canary the canary's events and trials
     * @param stable the stable version's events and trials
     * @return the verdict with both rates, the statistic and the p-value
     */
    public MetricVerdict judge(final String metric, final EventCounts canary, final EventCounts stable) {
        MetricVerdict verdict = judgeCounts(metric, canary, stable);
        return critical ? verdict.asCritical() : verdict;
    }

    private MetricVerdict judgeCounts(final String metric, final EventCounts canary, final EventCounts stable) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("canary events", canary.events()));
        figures.add(new Figure("canary trials", canary.trials()));
        figures.add(new Figure("stable events", stable.events()));
        figures.add(new Figure("stable trials", stable.trials()));
        if (canary.trials() == 0 || stable.trials() == 0) {
            return MetricVerdict.inconclusive(
                    metric, figures, String.format("no trials to compare: canary %s, stable %s", canary, stable));
        }
        double canaryRate = canary.rate();
        double stableRate = stable.rate();
        double ratio = stableRate == 0 ? (canaryRate == 0 ? 1 : Double.POSITIVE_INFINITY) : canaryRate / stableRate;
        figures.add(new Figure("canary rate", canaryRate));
        figures.add(new Figure("stable rate", stableRate));
        figures.add(new Figure("rate ratio", ratio));
        String rates = String.format(
                "canary %s (%s), stable %s (%s), ratio %s",
                canary, Numbers.format(canaryRate), stable, Numbers.format(stableRate), Numbers.format(ratio));
        if (canary.events() + stable.events() == 0
                || canary.events() == canary.trials() && stable.events() == stable.trials()) {
            return MetricVerdict.of(metric, Outcome.PASS, figures, "no difference to test: " + rates);
        }
        double statistic;
        double pValue;
        if (method == CountTestMethod.TWO_PROPORTION_Z) {
            TwoProportionZTest.Result result = TwoProportionZTest.test(canary, stable, direction.alternative());
            statistic = result.z();
            pValue = result.pValue();
            figures.add(new Figure("z", statistic));
        } else {
            long events = canary.events() + stable.events();
            double share = canary.trials() / (double) (canary.trials() + stable.trials());
            pValue = BinomialTest.withDefaults()
                    .with(direction.alternative())
                    .test(Math.toIntExact(events), Math.toIntExact(canary.events()), share)
                    .getPValue();
            statistic = canary.events();
            figures.add(new Figure("expected canary events", events * share));
        }
        double alpha = 1 - confidence;
        figures.add(new Figure("p-value", pValue));
        figures.add(new Figure("alpha", alpha));
        String test = (method == CountTestMethod.TWO_PROPORTION_Z ? "z = " + Numbers.format(statistic) + ", " : "")
                + "p = " + Numbers.format(pValue);
        boolean significant = pValue < alpha;
        double difference = canaryRate - stableRate;
        boolean badIncrease = direction.flagsIncrease() && difference > allowedDifference && ratio > allowedRatio;
        boolean badDecrease = direction.flagsDecrease() && -difference > allowedDifference && ratio < 1 / allowedRatio;
        if (significant && (badIncrease || badDecrease)) {
            String reason = String.format(
                    "canary rate is significantly %s (%s < %s), beyond the allowed ratio %s and difference %s: %s",
                    badIncrease ? "higher" : "lower",
                    test,
                    Numbers.format(alpha),
                    Numbers.format(allowedRatio),
                    Numbers.format(allowedDifference),
                    rates);
            return MetricVerdict.of(metric, Outcome.FAIL, figures, reason);
        }
        String why = significant
                ? "the difference is significant (" + test + ") but tolerated"
                : "no significant difference (" + test + " >= " + Numbers.format(alpha) + ")";
        return MetricVerdict.of(metric, Outcome.PASS, figures, why + ": " + rates);
    }

    @Override
    public String toString() {
        return "count test " + method + " (confidence " + Numbers.format(confidence) + ")";
    }
}
