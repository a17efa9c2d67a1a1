package io.jenkins.plugins.deploymentsop.steps.canary;

import io.jenkins.plugins.deploymentsop.analysis.AnalysisRun;
import io.jenkins.plugins.deploymentsop.analysis.MeasurementRecord;
import io.jenkins.plugins.deploymentsop.analysis.MetricRun;
import io.jenkins.plugins.deploymentsop.analysis.MetricVerdict;
import io.jenkins.plugins.deploymentsop.rollout.CanaryStepVerdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the judges' figures into the number keys the report reads ({@code canary}, {@code baseline},
 * {@code canarySamples}, {@code baselineSamples}, {@code statistic}, {@code pValue}, {@code intervalLow},
 * {@code intervalHigh}, {@code effect}, plus {@code limit} and {@code score}), so a verdict in the report says why.
 */
final class VerdictNumbers {
    /** Report key → the judges' figure names that fill it, the first present wins. */
    private static final Map<String, List<String>> KEYS = keys();

    /** The verdict of a metric that had no data when other metrics decided the step. */
    static final String NOT_NEEDED = "SKIPPED";

    private VerdictNumbers() {}

    private static Map<String, List<String>> keys() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("canary", List.of("canary", "canary median", "canary rate", "value"));
        keys.put("baseline", List.of("stable", "stable median", "stable rate"));
        keys.put("canarySamples", List.of("canary n", "canary trials", "samples"));
        keys.put("baselineSamples", List.of("stable n", "stable trials"));
        keys.put("statistic", List.of("U", "z"));
        keys.put("pValue", List.of("p-value"));
        keys.put("intervalLow", List.of("shift lower"));
        keys.put("intervalHigh", List.of("shift upper"));
        keys.put("effect", List.of("ratio", "rate ratio"));
        keys.put("limit", List.of("limit"));
        keys.put("score", List.of("score"));
        return keys;
    }

    /**
     * Maps one verdict's figures; NaN and infinite figures are left out (JSON has no place for them).
     *
     * @param verdict the judge's verdict
     * @return the numbers by report key
     */
    static Map<String, Double> of(final MetricVerdict verdict) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        KEYS.forEach((key, names) -> names.stream()
                .map(verdict::figure)
                .flatMap(Optional::stream)
                .filter(Double::isFinite)
                .findFirst()
                .ifPresent(value -> numbers.put(key, value)));
        return numbers;
    }

    /**
     * Maps a step's analysis to the record's per-metric verdicts, each with its latest measurement's numbers and the
     * tallies of the step.
     *
     * @param verdict the step's verdict
     * @return one entry per metric, empty without metrics
     */
    static List<io.jenkins.plugins.deploymentsop.record.MetricVerdict> metricsOf(final CanaryStepVerdict verdict) {
        List<io.jenkins.plugins.deploymentsop.record.MetricVerdict> metrics = new ArrayList<>();
        AnalysisRun run = verdict.run();
        if (run == null) {
            return metrics;
        }
        for (MetricRun metric : run.metrics()) {
            Optional<MetricVerdict> last = metric.last().map(MeasurementRecord::verdict);
            Map<String, Double> numbers =
                    new LinkedHashMap<>(last.map(VerdictNumbers::of).orElse(Map.of()));
            numbers.put("measurements", (double) metric.counts().measured());
            numbers.put("failed", (double) metric.counts().failed());
            String reason = metric.reason()
                    + last.filter(measurement -> !metric.reason().contains(measurement.reason()))
                            .map(measurement -> "; last: " + measurement.reason())
                            .orElse("")
                    + (metric.settings().isDryRun() ? " (dry run: does not decide)" : "");
            metrics.add(new io.jenkins.plugins.deploymentsop.record.MetricVerdict(
                    metric.name(), verdictOf(metric), reason, numbers));
        }
        return metrics;
    }

    // a metric the step did not need (another one decided before it had data) neither passed nor failed
    private static String verdictOf(final MetricRun metric) {
        return metric.isNotNeeded()
                ? NOT_NEEDED
                : CanaryStepVerdict.verdictOf(metric.phase()).name();
    }

    /**
     * Finds the score of a scored step: the first metric whose latest verdict carries a score.
     *
     * @param verdict the step's verdict
     * @return the score, NaN when nothing was scored
     */
    static double scoreOf(final CanaryStepVerdict verdict) {
        AnalysisRun run = verdict.run();
        if (run == null) {
            return Double.NaN;
        }
        return run.metrics().stream()
                .map(MetricRun::last)
                .flatMap(Optional::stream)
                .map(measurement -> measurement.verdict().figure("score"))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Double.NaN);
    }
}
