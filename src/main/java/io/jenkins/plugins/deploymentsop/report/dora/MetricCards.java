package io.jenkins.plugins.deploymentsop.report.dora;

import io.jenkins.plugins.deploymentsop.dora.ChangeFailureRate;
import io.jenkins.plugins.deploymentsop.dora.DeploymentFrequency;
import io.jenkins.plugins.deploymentsop.dora.DoraMetrics;
import io.jenkins.plugins.deploymentsop.dora.DurationStatistics;
import io.jenkins.plugins.deploymentsop.dora.LeadTime;
import io.jenkins.plugins.deploymentsop.dora.PerformanceBand;
import io.jenkins.plugins.deploymentsop.dora.RecoveryTime;
import io.jenkins.plugins.deploymentsop.dora.ReworkRate;
import io.jenkins.plugins.deploymentsop.dora.ScopeMetrics;
import io.jenkins.plugins.deploymentsop.dora.WeekPoint;
import io.jenkins.plugins.deploymentsop.report.HtmlWriter;
import io.jenkins.plugins.deploymentsop.report.svg.ChartPoint;
import io.jenkins.plugins.deploymentsop.report.svg.LineChart;
import io.jenkins.plugins.deploymentsop.report.svg.SvgMarkup;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The five metric cards: value, band, details and the weekly trend chart of each metric. */
final class MetricCards {
    private static final double HOUR_MILLIS = 3_600_000.0;

    private MetricCards() {}

    static void render(final HtmlWriter html, final DoraMetrics metrics, final ScopeMetrics scope) {
        html.open("section", "class", "dsop-dora-cards", "aria-label", "Metrics");
        frequency(html, metrics.getFrequency(), metrics.getAborted(), scope.getTrend());
        leadTime(html, metrics.getLeadTime(), scope.getTrend());
        changeFailureRate(html, metrics.getChangeFailureRate(), scope.getTrend());
        recoveryTime(html, metrics.getRecoveryTime(), scope.getTrend());
        reworkRate(html, metrics.getReworkRate(), scope.getTrend());
        html.close();
    }

    private static void frequency(
            final HtmlWriter html,
            final DeploymentFrequency frequency,
            final int aborted,
            final List<WeekPoint> trend) {
        List<String> details = new ArrayList<>();
        details.add("Four Keys class: "
                + frequency
                        .getFrequencyClass()
                        .map(value -> value.getDisplayName())
                        .orElse(DoraText.NO_DATA));
        details.add(DoraText.count(frequency.getDeployments(), "deployment") + " on "
                + DoraText.count(frequency.getDeploymentDays(), "day"));
        if (aborted > 0) {
            details.add(DoraText.count(aborted, "aborted run") + " not counted");
        }
        List<ChartPoint> points = new ArrayList<>();
        for (WeekPoint week : trend) {
            points.add(ChartPoint.of(label(week), week.getMetrics().getDeployments())
                    .withAxisLabel(axisLabel(week)));
        }
        SvgMarkup chart = LineChart.builder("Deployments per week")
                .points(points)
                .valueFormat(value -> DoraText.decimal(value))
                .build()
                .render();
        card(html, "Deployment frequency", DoraText.rate(frequency), frequency.getBand(), details, chart);
    }

    private static void leadTime(final HtmlWriter html, final LeadTime leadTime, final List<WeekPoint> trend) {
        List<String> details = new ArrayList<>();
        leadTime.getStatistics()
                .ifPresent(statistics -> details.add("p90 "
                        + DoraText.duration(statistics.getP90()) + " over "
                        + DoraText.count(statistics.getCount(), "commit")));
        if (leadTime.getSkippedCommits() > 0) {
            details.add(DoraText.count(leadTime.getSkippedCommits(), "commit")
                    + " dated after their deployment not measured");
        }
        SvgMarkup chart = durationChart("Median lead time per week", trend, week -> week.getMetrics()
                .getLeadTime()
                .getStatistics());
        card(html, "Lead time for changes", median(leadTime.getStatistics()), leadTime.getBand(), details, chart);
    }

    private static void changeFailureRate(
            final HtmlWriter html, final ChangeFailureRate rate, final List<WeekPoint> trend) {
        List<String> details = new ArrayList<>();
        if (rate.hasData()) {
            details.add(rate.getFailures() + " of " + DoraText.count(rate.getDeployments(), "deployment")
                    + " failed or rolled back");
        }
        if (rate.getIncidents() > 0) {
            details.add(DoraText.count(rate.getIncidents(), "linked incident") + ": "
                    + String.join(", ", rate.getIncidentIds()));
        }
        SvgMarkup chart = percentChart("Change failure rate per week", trend, week -> week.getMetrics()
                .getChangeFailureRate()
                .getRate());
        card(html, "Change failure rate", percent(rate.getRate()), rate.getBand(), details, chart);
    }

    private static void recoveryTime(final HtmlWriter html, final RecoveryTime recovery, final List<WeekPoint> trend) {
        List<String> details = new ArrayList<>();
        recovery.getStatistics()
                .ifPresent(statistics -> details.add("p90 "
                        + DoraText.duration(statistics.getP90()) + "; " + recovery.getRecovered() + " of "
                        + DoraText.count(recovery.getFailures(), "failure") + " restored"));
        if (recovery.getUnrecovered() > 0) {
            details.add(DoraText.count(recovery.getUnrecovered(), "failure") + " not restored, open for up to "
                    + recovery.getLongestOpen().map(DoraText::duration).orElse("?") + ": "
                    + String.join(", ", recovery.getOpenFailures()));
        }
        SvgMarkup chart = durationChart("Median recovery time per week", trend, week -> week.getMetrics()
                .getRecoveryTime()
                .getStatistics());
        card(
                html,
                "Failed deployment recovery time",
                median(recovery.getStatistics()),
                recovery.getBand(),
                details,
                chart);
    }

    private static void reworkRate(final HtmlWriter html, final ReworkRate rework, final List<WeekPoint> trend) {
        List<String> details = new ArrayList<>();
        if (rework.hasData()) {
            details.add(rework.getUnplanned() + " of " + DoraText.count(rework.getDeployments(), "deployment")
                    + " unplanned (hotfix)");
        }
        SvgMarkup chart = percentChart("Rework rate per week", trend, week -> week.getMetrics()
                .getReworkRate()
                .getRate());
        card(html, "Deployment rework rate", percent(rework.getRate()), rework.getBand(), details, chart);
    }

    private static void card(
            final HtmlWriter html,
            final String title,
            final String value,
            final Optional<PerformanceBand> band,
            final List<String> details,
            final SvgMarkup chart) {
        html.open("article", "class", "dsop-card " + DoraText.bandClass(band));
        html.element("h3", title, "class", "dsop-card-title");
        html.element(
                "p",
                value,
                "class",
                value.equals(DoraText.NO_DATA) ? "dsop-card-value dsop-no-data" : "dsop-card-value");
        html.open("p", "class", "dsop-card-band")
                .element("span", DoraText.band(band), "class", "dsop-badge " + DoraText.bandClass(band))
                .close();
        for (String detail : details) {
            html.element("p", detail, "class", "dsop-card-detail");
        }
        html.open("div", "class", "dsop-card-chart").svg(chart).close();
        html.close();
    }

    private static String median(final Optional<DurationStatistics> statistics) {
        return statistics.map(value -> DoraText.duration(value.getMedian())).orElse(DoraText.NO_DATA);
    }

    private static String percent(final Optional<Percentage> rate) {
        return rate.map(Percentage::toString).orElse(DoraText.NO_DATA);
    }

    private static String label(final WeekPoint week) {
        return week.isPartial() ? week.getIsoWeek() + " (so far)" : week.getIsoWeek();
    }

    /** The week number only, e.g. {@code W05}: the full label is in the tooltip. */
    private static String axisLabel(final WeekPoint week) {
        String label = week.getIsoWeek();
        return label.substring(label.indexOf('-') + 1);
    }

    private static SvgMarkup durationChart(
            final String title,
            final List<WeekPoint> trend,
            final Function<WeekPoint, Optional<DurationStatistics>> statistics) {
        List<ChartPoint> points = new ArrayList<>();
        for (WeekPoint week : trend) {
            Optional<DurationStatistics> value = statistics.apply(week);
            points.add((value.isPresent()
                            ? ChartPoint.of(label(week), value.get().getMedian().toMillis() / HOUR_MILLIS)
                            : ChartPoint.gap(label(week)))
                    .withAxisLabel(axisLabel(week)));
        }
        return LineChart.builder(title)
                .points(points)
                .valueFormat(hours -> DoraText.duration(Duration.ofMillis(Math.round(hours * HOUR_MILLIS))))
                .build()
                .render();
    }

    private static SvgMarkup percentChart(
            final String title, final List<WeekPoint> trend, final Function<WeekPoint, Optional<Percentage>> rate) {
        List<ChartPoint> points = new ArrayList<>();
        for (WeekPoint week : trend) {
            Optional<Percentage> value = rate.apply(week);
            points.add((value.isPresent()
                            ? ChartPoint.of(label(week), value.get().doubleValue())
                            : ChartPoint.gap(label(week)))
                    .withAxisLabel(axisLabel(week)));
        }
        return LineChart.builder(title)
                .points(points)
                .valueFormat(value -> DoraText.decimal(value) + "%")
                .build()
                .render();
    }
}
