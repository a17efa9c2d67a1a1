package io.jenkins.plugins.deploymentsop.report.dora;

import io.jenkins.plugins.deploymentsop.dora.DoraMetrics;
import io.jenkins.plugins.deploymentsop.dora.DoraReport;
import io.jenkins.plugins.deploymentsop.dora.DoraWindow;
import io.jenkins.plugins.deploymentsop.dora.DurationStatistics;
import io.jenkins.plugins.deploymentsop.dora.PerformanceBand;
import io.jenkins.plugins.deploymentsop.dora.ScopeMetrics;
import io.jenkins.plugins.deploymentsop.report.HtmlWriter;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.util.List;
import java.util.Optional;

/** The table with one row per service and environment; names link to the page filtered to that pair. */
final class ScopeTable {
    private static final int MAX_JOBS = 3;

    private ScopeTable() {}

    static void render(final HtmlWriter html, final DoraReport report, final DoraWindow window) {
        html.open("table", "class", "jenkins-table dsop-table dsop-dora-table");
        html.element("caption", "By service and environment, last " + window);
        html.open("thead").open("tr");
        for (String column : List.of(
                "Service",
                "Environment",
                "Deployments",
                "Frequency",
                "Lead time (median)",
                "Change failure rate",
                "Recovery time (median)",
                "Rework rate",
                "Jobs")) {
            html.element("th", column, "scope", "col");
        }
        html.close().close().open("tbody");
        if (report.getGroups().isEmpty()) {
            html.open("tr")
                    .element("td", "No deployments in the selected scope.", "colspan", "9", "class", "dsop-no-data")
                    .close();
        }
        for (ScopeMetrics group : report.getGroups()) {
            row(html, group, window);
        }
        html.close().close();
    }

    private static void row(final HtmlWriter html, final ScopeMetrics group, final DoraWindow window) {
        DoraMetrics metrics = group.getWindow(window).orElseThrow();
        Optional<String> service = group.getScope().getService();
        Optional<String> environment = group.getScope().getEnvironment();
        html.open("tr");
        html.open("th", "scope", "row")
                .relativeLink("", PageLinks.parameters(window, service, Optional.empty()), service.orElse(""))
                .close();
        html.open("td")
                .relativeLink("", PageLinks.parameters(window, service, environment), environment.orElse(""))
                .close();
        html.element("td", String.valueOf(metrics.getDeployments()), "class", "dsop-number");
        cell(html, DoraText.rate(metrics.getFrequency()), metrics.getFrequency().getBand());
        cell(
                html,
                median(metrics.getLeadTime().getStatistics()),
                metrics.getLeadTime().getBand());
        cell(
                html,
                percent(metrics.getChangeFailureRate().getRate()),
                metrics.getChangeFailureRate().getBand());
        String recovery = median(metrics.getRecoveryTime().getStatistics());
        if (metrics.getRecoveryTime().getUnrecovered() > 0) {
            recovery += " (" + metrics.getRecoveryTime().getUnrecovered() + " open)";
        }
        cell(html, recovery, metrics.getRecoveryTime().getBand());
        cell(
                html,
                percent(metrics.getReworkRate().getRate()),
                metrics.getReworkRate().getBand());
        List<String> jobs = group.getJobs();
        String shown = String.join(", ", jobs.subList(0, Math.min(MAX_JOBS, jobs.size())));
        if (jobs.size() > MAX_JOBS) {
            shown += " and " + (jobs.size() - MAX_JOBS) + " more";
        }
        html.element("td", shown, "class", "dsop-jobs");
        html.close();
    }

    private static void cell(final HtmlWriter html, final String value, final Optional<PerformanceBand> band) {
        if (band.isPresent()) {
            html.open("td", "class", DoraText.bandClass(band))
                    .text(value + " ")
                    .element("span", DoraText.band(band), "class", "dsop-badge " + DoraText.bandClass(band))
                    .close();
        } else {
            html.element("td", value, "class", "dsop-band-none dsop-no-data");
        }
    }

    private static String median(final Optional<DurationStatistics> statistics) {
        return statistics.map(value -> DoraText.duration(value.getMedian())).orElse(DoraText.NO_DATA);
    }

    private static String percent(final Optional<Percentage> rate) {
        return rate.map(Percentage::toString).orElse(DoraText.NO_DATA);
    }
}
