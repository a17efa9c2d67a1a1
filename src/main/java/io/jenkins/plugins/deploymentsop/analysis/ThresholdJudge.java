package io.jenkins.plugins.deploymentsop.analysis;

import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Judges a metric against an absolute limit, e.g. {@code error rate < 0.01} or {@code p95 < 0.5} (seconds).
 *
 * @param comparison what must hold between value and limit
 * @param limit the limit
 * @param aggregation how a range of values becomes one
 * @param critical whether a failure fails the canary regardless of the score
 */
public record ThresholdJudge(Comparison comparison, double limit, Aggregation aggregation, boolean critical) {
    /**
     * Creates the judge.
     *
     * @param comparison what must hold
     * @param limit a finite limit
     * @param aggregation how a range becomes one value
     * @param critical whether a failure is critical
     */
    public ThresholdJudge {
        if (!Double.isFinite(limit)) {
            throw new InvalidInputException("limit", String.valueOf(limit), "a finite number");
        }
    }

    /**
     * Creates a non-critical judge of the latest value.
     *
     * @param comparison what must hold
     * @param limit the limit
     * @return the judge
     */
    public static ThresholdJudge of(final Comparison comparison, final double limit) {
        return new ThresholdJudge(comparison, limit, Aggregation.LAST, false);
    }

    /**
     * Judges one measurement.
     *
     * @param metric the metric's name
     * @param measurement the measurement
     * @return the verdict with value and limit
     */
    public MetricVerdict judge(final String metric, final Measurement measurement) {
        MetricVerdict verdict = judgeValue(metric, measurement);
        return critical ? verdict.asCritical() : verdict;
    }

    private MetricVerdict judgeValue(final String metric, final Measurement measurement) {
        Optional<MetricVerdict> unavailable = Availability.check(metric, "the metric", measurement);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        double[] values = measurement.values();
        double value = aggregation.apply(values);
        List<Figure> figures =
                List.of(new Figure("value", value), new Figure("limit", limit), new Figure("samples", values.length));
        String subject = values.length == 1
                ? "value "
                : aggregation.name().toLowerCase(Locale.ROOT) + " of " + values.length + " values ";
        if (comparison.holds(value, limit)) {
            return MetricVerdict.of(
                    metric,
                    Outcome.PASS,
                    figures,
                    subject + Numbers.format(value) + " " + comparison + " " + Numbers.format(limit));
        }
        return MetricVerdict.of(
                metric,
                Outcome.FAIL,
                figures,
                subject + Numbers.format(value) + " is not " + comparison + " " + Numbers.format(limit));
    }
}
