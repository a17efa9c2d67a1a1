package io.jenkins.plugins.deploymentsop.report;

import java.util.List;

/**
 * The report's metric table: one column per labelled moment at which values were captured, named truthfully (e.g.
 * {@code At watch start}, {@code At watch end}, {@code After rollback}; {@code Pre-Deploy} and {@code Post-Deploy}, the SOP's columns, for
 * records written before labels existed), and the two columns whose difference is the delta.
 *
 * @param columns the column labels: the reference side first, then the compared side, each in the order captured
 * @param beforeLabel the first column of the reference side, empty if none
 * @param afterLabel the first column of the compared side, empty if none
 * @param rows one row per metric, in the order the metrics were first captured
 */
public record MetricTable(List<String> columns, String beforeLabel, String afterLabel, List<MetricDelta> rows) {
    public MetricTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Returns whether no metric was captured. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
