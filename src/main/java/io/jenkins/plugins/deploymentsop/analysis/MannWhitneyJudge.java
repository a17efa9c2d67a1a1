package io.jenkins.plugins.deploymentsop.analysis;

import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.metrics.Quantiles;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Judges a continuous metric (latency, CPU) the way Kayenta's Mann-Whitney classifier does: the rank test says
 * whether the canary's values are shifted against the stable ones, the Hodges-Lehmann estimate says by how much, and
 * the shift fails the metric only if it is significant, in a bad direction and larger than the allowed effect.
 *
 * <p>The effect is the ratio {@code (median(stable) + shift) / median(stable)}; when the stable median is 0 or
 * negative a ratio means nothing, and any significant shift in a bad direction counts.
 */
public final class MannWhitneyJudge implements TwoSampleJudge {
    /** Fewer values than this on either side give an inconclusive verdict. */
    public static final int DEFAULT_MINIMUM_SAMPLES = 5;

    private final Direction direction;
    private final double confidence;
    private final EffectLimits effect;
    private final boolean critical;
    private final int minimumSamples;

    private MannWhitneyJudge(
            final Direction direction,
            final double confidence,
            final EffectLimits effect,
            final boolean critical,
            final int minimumSamples) {
        this.direction = direction;
        this.confidence = confidence;
        this.effect = effect;
        this.critical = critical;
        this.minimumSamples = minimumSamples;
    }

    /**
     * Creates a judge.
     *
     * @param direction which change is bad
     * @param confidence the confidence level, e.g. 0.95 (significance level 1 - confidence)
     * @param effect the tolerated and critical effect sizes
     * @param critical whether any failure of this metric fails the canary regardless of the score
     * @param minimumSamples the fewest values per side to judge at all, at least 2
     * @return the judge
     */
    public static MannWhitneyJudge of(
            final Direction direction,
            final double confidence,
            final EffectLimits effect,
            final boolean critical,
            final int minimumSamples) {
        if (!(confidence >= 0.5 && confidence < 1)) {
            throw new InvalidInputException(
                    "confidence", String.valueOf(confidence), "a level from 0.5 to below 1, e.g. 0.95 or 0.98");
        }
        if (minimumSamples < 2) {
            throw new InvalidInputException("minimumSamples", String.valueOf(minimumSamples), "at least 2");
        }
        return new MannWhitneyJudge(direction, confidence, effect, critical, minimumSamples);
    }

    /**
     * Creates a judge with 95% confidence, no effect tolerance and the default minimum of samples.
     *
     * @param direction which change is bad
     * @return the judge
     */
    public static MannWhitneyJudge of(final Direction direction) {
        return of(direction, 0.95, EffectLimits.NONE, false, DEFAULT_MINIMUM_SAMPLES);
    }

    @Override
    public MetricVerdict judge(final String metric, final Measurement canary, final Measurement stable) {
        Optional<MetricVerdict> unavailable =
                Availability.check(metric, "canary", canary).or(() -> Availability.check(metric, "stable", stable));
        if (unavailable.isPresent()) {
            return critical ? unavailable.get().asCritical() : unavailable.get();
        }
        return judge(metric, canary.values(), stable.values());
    }

    /**
     * Judges two samples directly.
     *
     * @param metric the metric's name
     * @param canaryValues the canary's values
     * @param stableValues the stable version's values
     * @return the verdict
     */
    public MetricVerdict judge(final String metric, final double[] canaryValues, final double[] stableValues) {
        MetricVerdict verdict = judgeSamples(metric, canaryValues, stableValues);
        return critical ? verdict.asCritical() : verdict;
    }

    private MetricVerdict judgeSamples(final String metric, final double[] canaryValues, final double[] stableValues) {
        double[] x = finiteSorted(canaryValues);
        double[] y = finiteSorted(stableValues);
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("canary n", x.length));
        figures.add(new Figure("stable n", y.length));
        if (x.length < minimumSamples || y.length < minimumSamples) {
            return MetricVerdict.inconclusive(
                    metric,
                    figures,
                    String.format(
                            "too few finite samples to compare: canary %d, stable %d (at least %d each)",
                            x.length, y.length, minimumSamples));
        }
        double canaryMedian = Quantiles.median(x);
        double stableMedian = Quantiles.median(y);
        RankSumTest.Result test = RankSumTest.test(x, y, direction.alternative());
        ShiftEstimate shift = HodgesLehmann.estimateSorted(x, y, confidence);
        double alpha = 1 - confidence;
        double ratio = stableMedian > 0 ? (stableMedian + shift.estimate()) / stableMedian : ratioWithoutBase(shift);
        figures.add(new Figure("canary median", canaryMedian));
        figures.add(new Figure("stable median", stableMedian));
        figures.add(new Figure("U", test.u()));
        figures.add(new Figure("p-value", test.pValue()));
        figures.add(new Figure("alpha", alpha));
        figures.add(new Figure("shift", shift.estimate()));
        figures.add(new Figure("shift lower", shift.lower()));
        figures.add(new Figure("shift upper", shift.upper()));
        figures.add(new Figure("confidence", confidence));
        figures.add(new Figure("ratio", ratio));

        String numbers = String.format(
                "medians canary %s / stable %s, %s, ratio %s, U = %s, p = %s, n = %d/%d",
                Numbers.format(canaryMedian),
                Numbers.format(stableMedian),
                shift,
                Numbers.format(ratio),
                Numbers.format(test.u()),
                Numbers.format(test.pValue()),
                x.length,
                y.length);
        boolean significant = test.pValue() < alpha;
        boolean up = shift.estimate() > 0;
        boolean down = shift.estimate() < 0;
        if (significant && up && direction.flagsIncrease() && ratio > effect.allowedIncrease()) {
            return fail(
                    metric,
                    figures,
                    ratio >= effect.criticalIncrease(),
                    String.format(
                            "canary is significantly higher (p %s < %s) beyond the allowed ratio %s: %s",
                            Numbers.format(test.pValue()),
                            Numbers.format(alpha),
                            Numbers.format(effect.allowedIncrease()),
                            numbers));
        }
        if (significant && down && direction.flagsDecrease() && ratio < effect.allowedDecrease()) {
            return fail(
                    metric,
                    figures,
                    ratio <= effect.criticalDecrease(),
                    String.format(
                            "canary is significantly lower (p %s < %s) beyond the allowed ratio %s: %s",
                            Numbers.format(test.pValue()),
                            Numbers.format(alpha),
                            Numbers.format(effect.allowedDecrease()),
                            numbers));
        }
        String why;
        if (!significant) {
            why = "no significant " + describe(direction) + " (p " + Numbers.format(test.pValue()) + " >= "
                    + Numbers.format(alpha) + ")";
        } else if (up && direction.flagsIncrease() || down && direction.flagsDecrease()) {
            why = "significant but within the allowed ratio " + Numbers.format(effect.allowedDecrease()) + " .. "
                    + Numbers.format(effect.allowedIncrease());
        } else {
            why = "the change is in the harmless direction (only a " + describe(direction) + " is bad)";
        }
        return MetricVerdict.of(metric, Outcome.PASS, figures, why + ": " + numbers);
    }

    private MetricVerdict fail(
            final String metric, final List<Figure> figures, final boolean criticalSize, final String reason) {
        if (criticalSize) {
            return MetricVerdict.criticalFailure(metric, figures, "critical effect size; " + reason);
        }
        return MetricVerdict.of(metric, Outcome.FAIL, figures, reason);
    }

    private static double ratioWithoutBase(final ShiftEstimate shift) {
        if (shift.estimate() > 0) {
            return Double.POSITIVE_INFINITY;
        }
        return shift.estimate() < 0 ? 0 : 1;
    }

    private static String describe(final Direction direction) {
        switch (direction) {
            case INCREASE:
                return "increase";
            case DECREASE:
                return "decrease";
            default:
                return "change";
        }
    }

    private static double[] finiteSorted(final double[] values) {
        double[] finite = new double[values.length];
        int count = 0;
        for (double value : values) {
            if (Double.isFinite(value)) {
                finite[count++] = value;
            }
        }
        finite = count == values.length ? finite : Arrays.copyOf(finite, count);
        RadixSort.sort(finite);
        return finite;
    }

    @Override
    public String toString() {
        return String.format(
                "Mann-Whitney (bad: %s, confidence %s, allowed ratio %s .. %s%s)",
                describe(direction),
                Numbers.format(confidence),
                Numbers.format(effect.allowedDecrease()),
                Numbers.format(effect.allowedIncrease()),
                critical ? ", critical" : "");
    }
}
