package io.jenkins.plugins.deploymentsop.report;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import java.time.Instant;
import java.util.List;

/**
 * A record with what the renderers compute from it once: summary, metric deltas, lead times.
 *
 * @param record the record
 * @param now when the report is rendered; the end of a deployment still running
 * @param summary the one-line summary
 * @param metrics the metric table: values at labelled moments, with deltas
 * @param leadTimes the lead time of every deployed commit
 */
record ReportData(
        DeploymentRecord record, Instant now, ReportSummary summary, MetricTable metrics, List<LeadTime> leadTimes) {
    static ReportData of(final DeploymentRecord record, final Instant now) {
        return new ReportData(
                record,
                now,
                ReportSummary.of(record, now),
                MetricDeltas.of(record.getMetrics(), record.getVerdicts()),
                LeadTime.of(record));
    }
}
