package io.jenkins.plugins.deploymentsop.dora.export;

import io.jenkins.plugins.deploymentsop.dora.DoraMetrics;
import io.jenkins.plugins.deploymentsop.dora.DoraReport;
import io.jenkins.plugins.deploymentsop.dora.DoraWindow;
import io.jenkins.plugins.deploymentsop.dora.DurationStatistics;
import io.jenkins.plugins.deploymentsop.dora.PerformanceBand;
import io.jenkins.plugins.deploymentsop.dora.ScopeMetrics;
import io.jenkins.plugins.deploymentsop.dora.WeekPoint;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes a {@link DoraReport} as CSV (RFC 4180, CRLF line ends): one row per scope and window, or per scope and
 * trend week. Values without data are empty cells and their band cell says {@value #NO_DATA}, never 0. Every cell
 * goes through {@link CsvCell}, which also neutralises spreadsheet formulas.
 */
public final class DoraCsvExport {
    /** What band and class cells say when a period has no data. */
    public static final String NO_DATA = "no data";

    private static final List<String> COLUMNS = List.of(
            "scope",
            "service",
            "environment",
            "period",
            "start",
            "end",
            "deployments",
            "aborted",
            "deployments_per_day",
            "deployments_per_week",
            "deployment_days",
            "frequency_class",
            "frequency_band",
            "lead_time_commits",
            "lead_time_median_seconds",
            "lead_time_p90_seconds",
            "lead_time_band",
            "failed_deployments",
            "change_failure_rate_percent",
            "incidents",
            "change_failure_band",
            "recovered_failures",
            "unrecovered_failures",
            "recovery_median_seconds",
            "recovery_p90_seconds",
            "recovery_band",
            "unplanned_deployments",
            "rework_rate_percent",
            "rework_band");

    private DoraCsvExport() {}

    /**
     * Renders one row per scope (overall first) and window.
     *
     * @param report the report
     * @return the CSV text
     */
    public static String windows(final DoraReport report) {
        StringWriter text = new StringWriter();
        try {
            writeWindows(report, text);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return text.toString();
    }

    /**
     * Writes one row per scope (overall first) and window; the period column holds e.g. {@code 30d}.
     *
     * @param report the report
     * @param out where to write (not closed)
     * @throws IOException if writing fails
     */
    public static void writeWindows(final DoraReport report, final Writer out) throws IOException {
        writeRow(out, COLUMNS);
        for (ScopeMetrics scope : scopes(report)) {
            for (DoraWindow window : report.getWindows()) {
                writeRow(
                        out,
                        row(
                                scope,
                                window.getDays() + "d",
                                scope.getWindow(window).orElseThrow()));
            }
        }
    }

    /**
     * Renders one row per scope (overall first) and trend week.
     *
     * @param report the report
     * @return the CSV text
     */
    public static String trend(final DoraReport report) {
        StringWriter text = new StringWriter();
        try {
            writeTrend(report, text);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return text.toString();
    }

    /**
     * Writes one row per scope (overall first) and trend week; the period column holds e.g. {@code 2026-W05}.
     *
     * @param report the report
     * @param out where to write (not closed)
     * @throws IOException if writing fails
     */
    public static void writeTrend(final DoraReport report, final Writer out) throws IOException {
        writeRow(out, COLUMNS);
        for (ScopeMetrics scope : scopes(report)) {
            for (WeekPoint week : scope.getTrend()) {
                writeRow(out, row(scope, week.getIsoWeek(), week.getMetrics()));
            }
        }
    }

    private static List<ScopeMetrics> scopes(final DoraReport report) {
        List<ScopeMetrics> scopes = new ArrayList<>();
        scopes.add(report.getOverall());
        scopes.addAll(report.getGroups());
        return scopes;
    }

    private static List<String> row(final ScopeMetrics scope, final String period, final DoraMetrics metrics) {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(scope.getScope().isOverall() ? "overall" : "service");
        cells.add(scope.getScope().getService().orElse(""));
        cells.add(scope.getScope().getEnvironment().orElse(""));
        cells.add(period);
        cells.add(metrics.getStart().toString());
        cells.add(metrics.getEnd().toString());
        cells.add(String.valueOf(metrics.getDeployments()));
        cells.add(String.valueOf(metrics.getAborted()));
        cells.add(number(metrics.getFrequency().getPerDay()));
        cells.add(number(metrics.getFrequency().getPerWeek()));
        cells.add(String.valueOf(metrics.getFrequency().getDeploymentDays()));
        cells.add(metrics.getFrequency().getFrequencyClass().map(Enum::name).orElse(metrics.hasData() ? "" : NO_DATA));
        cells.add(band(metrics.getFrequency().getBand()));
        cells.add(String.valueOf(metrics.getLeadTime().getCommits()));
        addStatistics(cells, metrics.getLeadTime().getStatistics());
        cells.add(band(metrics.getLeadTime().getBand()));
        cells.add(String.valueOf(metrics.getChangeFailureRate().getFailures()));
        cells.add(percent(metrics.getChangeFailureRate().getRate()));
        cells.add(String.join(" ", metrics.getChangeFailureRate().getIncidentIds()));
        cells.add(band(metrics.getChangeFailureRate().getBand()));
        cells.add(String.valueOf(metrics.getRecoveryTime().getRecovered()));
        cells.add(String.valueOf(metrics.getRecoveryTime().getUnrecovered()));
        addStatistics(cells, metrics.getRecoveryTime().getStatistics());
        cells.add(band(metrics.getRecoveryTime().getBand()));
        cells.add(String.valueOf(metrics.getReworkRate().getUnplanned()));
        cells.add(percent(metrics.getReworkRate().getRate()));
        cells.add(band(metrics.getReworkRate().getBand()));
        return cells;
    }

    private static void addStatistics(final List<String> cells, final Optional<DurationStatistics> statistics) {
        cells.add(statistics.map(value -> seconds(value.getMedian())).orElse(""));
        cells.add(statistics.map(value -> seconds(value.getP90())).orElse(""));
    }

    private static String seconds(final Duration duration) {
        return ExportValues.number(ExportValues.seconds(duration));
    }

    private static String number(final OptionalDouble value) {
        return value.isPresent() ? ExportValues.number(value.getAsDouble()) : "";
    }

    private static String percent(final Optional<Percentage> value) {
        return value.map(rate -> ExportValues.number(rate.doubleValue())).orElse("");
    }

    private static String band(final Optional<PerformanceBand> band) {
        return band.map(Enum::name).orElse(NO_DATA);
    }

    private static void writeRow(final Writer out, final List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(CsvCell.of(cells.get(i)));
        }
        out.write("\r\n");
    }
}
