package io.jenkins.plugins.deploymentsop.report;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.TrafficChange;
import java.util.List;

/** The traffic split over time: a step chart and the changes as applied and verified on the router. */
final class TrafficHtml {
    private TrafficHtml() {}

    static void write(final ReportData data, final HtmlWriter html) {
        DeploymentRecord record = data.record();
        HtmlSection.open(html, "dsr-traffic", "Traffic");
        List<TrafficChange> traffic = record.getTraffic();
        if (traffic.isEmpty()) {
            HtmlSection.empty(html, "The traffic split was not changed by this deployment's steps.");
            html.close();
            return;
        }
        if (!Texts.orEmpty(record.getLiveColor()).isBlank()) {
            html.element(
                    "p",
                    "Live: " + record.getLiveColor() + ", previous: " + Texts.orNone(record.getPreviousColor()),
                    "class",
                    "dsr-counts");
        }
        html.open("figure", "class", "dsr-figure");
        html.svg(new TrafficChartSvg(traffic, record.getStartedAt(), record.getFinishedAt()).render());
        html.element("figcaption", "Traffic weight over time (step chart, UTC)");
        html.close();
        HtmlSection.table(html, "dsr-traffic-table", "Time", "Blue", "Green", "Verified", "Reason");
        for (TrafficChange change : traffic) {
            html.open("tr");
            HtmlSection.timeCell(html, change.at());
            HtmlSection.cell(html, Numbers.withUnit(change.blueWeight(), "%"));
            HtmlSection.cell(html, Numbers.withUnit(change.greenWeight(), "%"));
            StatusStyle style = change.verified() ? StatusStyle.GOOD : StatusStyle.WARN;
            html.open("td")
                    .element(
                            "span",
                            change.verified() ? "verified" : "not verified",
                            "class",
                            "dsr-badge " + style.cssClass())
                    .close();
            HtmlSection.cell(html, change.reason());
            html.close();
        }
        HtmlSection.end(html);
        html.close();
    }
}
