package io.jenkins.plugins.deploymentsop.record;

import java.util.Map;

/**
 * The judgement of one metric with the numbers behind it.
 *
 * @param metric the metric name
 * @param verdict PASS, MARGINAL, FAIL, INCONCLUSIVE or ERROR
 * @param reason the reason in words, with numbers
 * @param numbers the numbers: canary and baseline values, sample sizes, statistic, p-value, interval, effect
 */
public record MetricVerdict(String metric, String verdict, String reason, Map<String, Double> numbers) {
    public MetricVerdict {
        numbers = Map.copyOf(numbers);
    }
}
