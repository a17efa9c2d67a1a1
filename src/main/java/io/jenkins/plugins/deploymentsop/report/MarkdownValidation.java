package io.jenkins.plugins.deploymentsop.report;

import io.jenkins.plugins.deploymentsop.record.AnalysisVerdict;
import io.jenkins.plugins.deploymentsop.record.MetricVerdict;
import java.util.List;

/** The Markdown section "Post-Deployment Validation Results": analysis verdicts and the SOP's monitoring table. */
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
        MarkdownTable monitoring = new MarkdownTable("Metric", "Pre-Deploy", "Post-Deploy", "Delta", "Status");
        for (MetricDelta delta : data.deltas()) {
            String change = delta.absolute().isPresent()
                    ? delta.absoluteText() + " (" + delta.relativeText() + ")"
                    : Texts.NONE;
            monitoring.row(
                    delta.name(), delta.beforeText(), delta.afterText(), change, MarkdownReport.status(delta.status()));
        }
        MarkdownReport.write(monitoring, out, "No metric was captured before or after the release.");
    }
}
