package io.jenkins.plugins.deploymentsop.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The metrics at the moments they were captured, each column named by its moment (e.g. "At watch start", "At watch
 * end", "After rollback"), with the absolute and relative deltas between the two compared columns.
 */
final class MetricsHtml {
    private MetricsHtml() {}

    static void write(final ReportData data, final HtmlWriter html) {
        HtmlSection.open(html, "dsr-metrics", "Metrics before and after");
        MetricTable table = data.metrics();
        if (table.isEmpty()) {
            HtmlSection.empty(html, "No metric was captured before or after the release.");
        } else {
            List<String> headers = new ArrayList<>();
            headers.add("Metric");
            headers.addAll(table.columns());
            headers.add(deltaHeader(table));
            headers.add("Relative");
            headers.add("Status");
            HtmlSection.table(html, "dsr-metrics-table", headers.toArray(new String[0]));
            for (MetricDelta delta : table.rows()) {
                html.open("tr");
                HtmlSection.cell(html, delta.name());
                table.columns().forEach(column -> HtmlSection.cell(html, delta.valueText(column)));
                HtmlSection.cell(html, delta.absoluteText());
                HtmlSection.cell(html, delta.relativeText());
                HtmlSection.statusCell(html, delta.status());
                html.close();
            }
            HtmlSection.end(html);
        }
        html.close();
    }

    /** Names the two columns compared when there are more than two, e.g. "Delta (At watch start → At watch end)". */
    static String deltaHeader(final MetricTable table) {
        if (table.columns().size() <= 2
                || table.beforeLabel().isEmpty()
                || table.afterLabel().isEmpty()) {
            return "Delta";
        }
        return "Delta (" + table.beforeLabel() + " → " + table.afterLabel() + ")";
    }
}
