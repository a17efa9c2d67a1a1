package io.jenkins.plugins.deploymentsop.report;

/** The metrics before and after the release with their absolute and relative deltas. */
final class MetricsHtml {
    private MetricsHtml() {}

    static void write(final ReportData data, final HtmlWriter html) {
        HtmlSection.open(html, "dsr-metrics", "Metrics before and after");
        if (data.deltas().isEmpty()) {
            HtmlSection.empty(html, "No metric was captured before or after the release.");
        } else {
            HtmlSection.table(
                    html, "dsr-metrics-table", "Metric", "Pre-deploy", "Post-deploy", "Delta", "Relative", "Status");
            for (MetricDelta delta : data.deltas()) {
                html.open("tr");
                HtmlSection.cell(html, delta.name());
                HtmlSection.cell(html, delta.beforeText());
                HtmlSection.cell(html, delta.afterText());
                HtmlSection.cell(html, delta.absoluteText());
                HtmlSection.cell(html, delta.relativeText());
                HtmlSection.statusCell(html, delta.status());
                html.close();
            }
            HtmlSection.end(html);
        }
        html.close();
    }
}
