package io.jenkins.plugins.deploymentsop.report.dora;

import io.jenkins.plugins.deploymentsop.dora.DoraMetrics;
import io.jenkins.plugins.deploymentsop.dora.DoraReport;
import io.jenkins.plugins.deploymentsop.dora.DoraWindow;
import io.jenkins.plugins.deploymentsop.dora.EventFilter;
import io.jenkins.plugins.deploymentsop.dora.ScopeMetrics;
import io.jenkins.plugins.deploymentsop.report.HtmlWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Assembles the DORA page body from its parts; {@code report.DoraPageRenderer} is the public entry. */
public final class DoraPage {
    private DoraPage() {}

    /**
     * Renders the page body.
     *
     * @param report the computed metrics
     * @param request the window to show, heading and notices
     * @return the HTML fragment
     */
    public static String render(final DoraReport report, final DoraPageRequest request) {
        List<String> notices = new ArrayList<>(request.getNotices());
        DoraWindow requested = request.getWindow();
        DoraWindow window = requested;
        if (!report.getWindows().contains(requested)) {
            window = report.getWindows().stream()
                    .min(Comparator.comparingInt(candidate -> Math.abs(candidate.getDays() - requested.getDays())))
                    .orElseThrow();
            notices.add("The period of " + requested + " is not available; showing the last " + window + ".");
        }
        ScopeMetrics overall = report.getOverall();
        DoraMetrics metrics = overall.getWindow(window).orElseThrow();
        if (!metrics.hasData()) {
            notices.add("No deployments in the last " + window + " for this selection: every metric shows " + "\""
                    + DoraText.NO_DATA + "\".");
        }
        EventFilter filter = report.getQuery().getFilter();
        ZoneId zone = report.getQuery().getZone();

        HtmlWriter html = new HtmlWriter();
        html.open("div", "class", "dsop-dora");
        html.element("h2", request.getHeading(), "class", "dsop-dora-heading");
        html.element(
                "p",
                (filter.isProductionOnly() ? "Production deployments" : "All deployments, non-production included")
                        + " of the last " + window + ": " + DoraText.instant(metrics.getStart(), zone) + " to "
                        + DoraText.instant(metrics.getEnd(), zone) + ". "
                        + DoraText.count(metrics.getDeployments(), "deployment") + " in "
                        + DoraText.count(report.getGroups().size(), "service/environment pair") + ".",
                "class",
                "dsop-dora-summary");
        if (!notices.isEmpty()) {
            html.open("ul", "class", "dsop-dora-notices");
            for (String notice : notices) {
                html.element("li", notice, "class", "dsop-notice");
            }
            html.close();
        }
        FilterForm.render(html, report, window);
        html.open("p", "class", "dsop-dora-exports").text("Export: ");
        Map<String, String> parameters = PageLinks.parameters(window, filter.getService(), filter.getEnvironment());
        html.relativeLink(PageLinks.JSON_EXPORT, parameters, "JSON");
        html.text(" ");
        html.relativeLink(PageLinks.CSV_EXPORT, parameters, "CSV");
        html.close();
        MetricCards.render(html, metrics, overall);
        ScopeTable.render(html, report, window);
        Definitions.render(html, report.getQuery().getThresholds());
        html.close();
        return html.toString();
    }
}
