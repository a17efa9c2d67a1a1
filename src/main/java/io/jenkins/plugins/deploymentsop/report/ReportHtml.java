package io.jenkins.plugins.deploymentsop.report;

/**
 * The HTML fragment of the "Deployment Report" tab. It is embedded in Jenkins' page layout, so it has no script, no
 * {@code style} attribute and no inline style: its look comes from {@code css/deployment-report.css}, classes
 * prefixed {@code dsr-}. Every section is present; an empty one says so in one line.
 */
final class ReportHtml {
    private ReportHtml() {}

    static String render(final ReportData data) {
        HtmlWriter html = new HtmlWriter();
        write(data, html);
        return html.toString();
    }

    static void write(final ReportData data, final HtmlWriter html) {
        html.open(
                "div",
                "class",
                "dsr-report",
                "data-outcome",
                String.valueOf(data.record().getOutcome()),
                "data-schema-version",
                String.valueOf(data.record().getSchemaVersion()));
        BannerHtml.write(data, html);
        ChecklistHtml.write(data, html);
        TimelineHtml.write(data, html);
        TrafficHtml.write(data, html);
        ArtifactsHtml.write(data, html);
        AnalysisHtml.write(data, html);
        MetricsHtml.write(data, html);
        IssuesHtml.write(data, html);
        ChangesHtml.write(data, html);
        html.open("p", "class", "dsr-footer")
                .text("Rendered at ")
                .time(data.now())
                .text(" from the deployment record (schema version "
                        + data.record().getSchemaVersion() + ").")
                .close();
        html.close();
    }
}
