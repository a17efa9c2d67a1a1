package io.jenkins.plugins.deploymentsop.report;

import io.jenkins.plugins.deploymentsop.record.AnalysisVerdict;
import io.jenkins.plugins.deploymentsop.record.MetricVerdict;
import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown section "Post-Deployment Validation Results": analysis verdicts and the SOP's monitoring table, whose
 * value columns are named by the moments the values were captured (the SOP's Pre-Deploy and Post-Deploy only where a
 * record says so).
 */
final class MarkdownValidation {
    private MarkdownValidation() {}

    static void write(final ReportData data, final StringBuilder out) {
        out.append("## Post-Deployment Validation Results\n\n### Analysis Verdicts\n\n");
        List<AnalysisVerdict> verdicts = data.record().getVerdicts();
        MarkdownTable analyses = new MarkdownTable("Time", "Stage", "Canary Weight", "Verdict", "Score", "Reason");
        MarkdownTable metrics = new MarkdownTable("Stage", "Metric", "Verdict", "Numbers", "Reason");
        for (AnalysisVerdict verdict : verdicts) {
            analyses.row(
                    MarkdownReport.time(verdict.at()),
                    verdict.stage(),
                    Numbers.withUnit(verdict.canaryWeight(), "%"),
                    MarkdownReport.status(verdict.verdict()),
                    Numbers.format(verdict.score()),
                    verdict.reason());
            for (MetricVerdict metric : verdict.metrics()) {
                metrics.row(
                        verdict.stage(),
                        metric.metric(),
                        MarkdownReport.status(metric.verdict()),
                        String.join(", ", new VerdictNumbers(metric.numbers()).all()),
                        metric.reason());
            }
        }
        MarkdownReport.write(analyses, out, "No analysis verdict was recorded.");
        if (!metrics.isEmpty()) {
            out.append("### Metric Verdicts\n\n");
            metrics.writeTo(out);
        }

        out.append("### Key Metrics\n\n");
        MetricTable table = data.metrics();
        List<String> headers = new ArrayList<>();
        headers.add("Metric");
        headers.addAll(table.columns());
        headers.add(MetricsHtml.deltaHeader(table));
        headers.add("Status");
        MarkdownTable monitoring = new MarkdownTable(headers.toArray(new String[0]));
        for (MetricDelta delta : table.rows()) {
            String change = delta.absolute().isPresent()
                    ? delta.absoluteText() + " (" + delta.relativeText() + ")"
                    : Texts.NONE;
            List<Object> cells = new ArrayList<>();
            cells.add(delta.name());
            table.columns().forEach(column -> cells.add(delta.valueText(column)));
            cells.add(change);
            cells.add(MarkdownReport.status(delta.status()));
            monitoring.row(cells.toArray());
        }
        MarkdownReport.write(monitoring, out, "No metric was captured before or after the release.");
    }
}
