package io.jenkins.plugins.deploymentsop.report;

import io.jenkins.plugins.deploymentsop.record.AnalysisVerdict;
import io.jenkins.plugins.deploymentsop.record.MetricSnapshot;
import io.jenkins.plugins.deploymentsop.record.MetricVerdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Arranges the snapshots of a record into the metric table: per metric name and column label, the latest value. The
 * delta compares the first column of the reference side ({@code BEFORE}) with the first of the compared side
 * ({@code AFTER}): for a watch, its start and its end, while a value after a rollback stands in a column of its own.
 */
final class MetricDeltas {
    private MetricDeltas() {}

    /**
     * Computes the table.
     *
     * @param snapshots the snapshots, in the order they were recorded
     * @param verdicts the analysis verdicts, whose latest per-metric verdict becomes the status
     * @return the columns and one row per metric name, in the order in which the metrics were first captured
     */
    static MetricTable of(final List<MetricSnapshot> snapshots, final List<AnalysisVerdict> verdicts) {
        Set<String> before = new LinkedHashSet<>();
        Set<String> after = new LinkedHashSet<>();
        Map<String, Row> rows = new LinkedHashMap<>();
        for (MetricSnapshot snapshot : snapshots) {
            Set<String> side = snapshot.moment() == MetricSnapshot.Moment.BEFORE
                    ? before
                    : snapshot.moment() == MetricSnapshot.Moment.AFTER ? after : null;
            if (side == null) {
                continue; // a record file may lack the moment
            }
            String label = Texts.orEmpty(snapshot.label());
            if (after.contains(label) && side == before || before.contains(label) && side == after) {
                label = label + " (" + snapshot.moment().defaultLabel() + ")"; // one label on both sides: keep apart
            }
            side.add(label);
            Row row = rows.computeIfAbsent(Texts.orEmpty(snapshot.name()), name -> new Row());
            String unit = Texts.orEmpty(snapshot.unit());
            if (!unit.isBlank()) {
                row.unit = unit;
            }
            row.values.put(label, snapshot.value());
        }
        String beforeLabel = before.stream().findFirst().orElse("");
        String afterLabel = after.stream().findFirst().orElse("");
        List<String> columns = new ArrayList<>(before);
        columns.addAll(after);
        List<MetricDelta> deltas = new ArrayList<>();
        rows.forEach((name, row) -> deltas.add(
                new MetricDelta(name, row.unit, row.values, beforeLabel, afterLabel, latestVerdict(name, verdicts))));
        return new MetricTable(columns, beforeLabel, afterLabel, deltas);
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

    /** The latest values of one metric while arranging. */
    private static final class Row {
        private String unit = "";
        private final Map<String, Double> values = new LinkedHashMap<>();
    }
}
