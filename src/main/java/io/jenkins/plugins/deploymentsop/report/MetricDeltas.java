package io.jenkins.plugins.deploymentsop.report;

import io.jenkins.plugins.deploymentsop.record.AnalysisVerdict;
import io.jenkins.plugins.deploymentsop.record.MetricSnapshot;
import io.jenkins.plugins.deploymentsop.record.MetricVerdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Pairs the snapshots of a record into before/after rows: per metric name, the latest value of each side. */
final class MetricDeltas {
    private MetricDeltas() {}

    /**
     * Computes the rows in the order in which the metrics were first captured.
     *
     * @param snapshots the snapshots, in the order they were recorded
     * @param verdicts the analysis verdicts, whose latest per-metric verdict becomes the status
     * @return one row per metric name
     */
    static List<MetricDelta> of(final List<MetricSnapshot> snapshots, final List<AnalysisVerdict> verdicts) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (MetricSnapshot snapshot : snapshots) {
            Row row = rows.computeIfAbsent(Texts.orEmpty(snapshot.name()), name -> new Row());
            String unit = Texts.orEmpty(snapshot.unit());
            if (!unit.isBlank()) {
                row.unit = unit;
            }
            if (snapshot.moment() == MetricSnapshot.Moment.BEFORE) {
                row.before = OptionalDouble.of(snapshot.value());
            } else if (snapshot.moment() == MetricSnapshot.Moment.AFTER) {
                row.after = OptionalDouble.of(snapshot.value());
            }
        }
        List<MetricDelta> deltas = new ArrayList<>();
        rows.forEach((name, row) ->
                deltas.add(new MetricDelta(name, row.unit, row.before, row.after, latestVerdict(name, verdicts))));
        return deltas;
    }

    private static String latestVerdict(final String metric, final List<AnalysisVerdict> verdicts) {
        String key = metric.toLowerCase(Locale.ROOT);
        String latest = "";
        for (AnalysisVerdict verdict : verdicts) {
            for (MetricVerdict judged : verdict.metrics()) {
                if (key.equals(Texts.orEmpty(judged.metric()).toLowerCase(Locale.ROOT))) {
                    latest = Texts.orEmpty(judged.verdict());
                }
            }
        }
        return latest;
    }

    /** The latest values of one metric while pairing. */
    private static final class Row {
        private String unit = "";
        private OptionalDouble before = OptionalDouble.empty();
        private OptionalDouble after = OptionalDouble.empty();
    }
}
