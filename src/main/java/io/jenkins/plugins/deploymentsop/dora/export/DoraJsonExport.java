package io.jenkins.plugins.deploymentsop.dora.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.deploymentsop.dora.BandThresholds;
import io.jenkins.plugins.deploymentsop.dora.ChangeFailureRate;
import io.jenkins.plugins.deploymentsop.dora.DeploymentFrequency;
import io.jenkins.plugins.deploymentsop.dora.DoraMetrics;
import io.jenkins.plugins.deploymentsop.dora.DoraReport;
import io.jenkins.plugins.deploymentsop.dora.DoraWindow;
import io.jenkins.plugins.deploymentsop.dora.DurationBands;
import io.jenkins.plugins.deploymentsop.dora.DurationStatistics;
import io.jenkins.plugins.deploymentsop.dora.EventFilter;
import io.jenkins.plugins.deploymentsop.dora.LeadTime;
import io.jenkins.plugins.deploymentsop.dora.PercentageBands;
import io.jenkins.plugins.deploymentsop.dora.RecoveryTime;
import io.jenkins.plugins.deploymentsop.dora.ReworkRate;
import io.jenkins.plugins.deploymentsop.dora.ScopeMetrics;
import io.jenkins.plugins.deploymentsop.dora.WeekPoint;
import io.jenkins.plugins.deploymentsop.util.SecureJson;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes a {@link DoraReport} as JSON (format {@value #FORMAT}, version {@value #VERSION}, described in
 * docs/dora.md). Every metric carries {@code "status": "OK"} or {@code "NO_DATA"}; values without data are
 * {@code null}, never 0. Durations are seconds, rates percent.
 */
public final class DoraJsonExport {
    public static final String FORMAT = "deployment-sop-dora";
    public static final int VERSION = 1;

    private DoraJsonExport() {}

    /**
     * Renders the report as a JSON string.
     *
     * @param report the report
     * @return the JSON document
     */
    public static String toJson(final DoraReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(report, bytes);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the report as UTF-8 JSON.
     *
     * @param report the report
     * @param output where to write (not closed)
     * @throws IOException if writing fails
     */
    public static void write(final DoraReport report, final OutputStream output) throws IOException {
        try (JsonGenerator json = SecureJson.json()
                .getFactory()
                .createGenerator(output)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
                .setCharacterEscapes(new HtmlSafeEscapes())) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", VERSION);
            json.writeStringField("end", report.getEnd().toString());
            json.writeStringField("zone", report.getQuery().getZone().getId());
            writeFilter(json, report.getQuery().getFilter());
            json.writeArrayFieldStart("windows");
            for (DoraWindow window : report.getWindows()) {
                json.writeNumber(window.getDays());
            }
            json.writeEndArray();
            writeThresholds(json, report.getQuery().getThresholds());
            writeStrings(json, "services", report.getServices());
            writeStrings(json, "environments", report.getEnvironments());
            json.writeFieldName("overall");
            writeScope(json, report, report.getOverall());
            json.writeArrayFieldStart("groups");
            for (ScopeMetrics group : report.getGroups()) {
                writeScope(json, report, group);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeFilter(final JsonGenerator json, final EventFilter filter) throws IOException {
        json.writeObjectFieldStart("filter");
        writeOptional(json, "service", filter.getService());
        writeOptional(json, "environment", filter.getEnvironment());
        json.writeBooleanField("productionOnly", filter.isProductionOnly());
        json.writeBooleanField("restrictedToReadableJobs", filter.getJobs().isPresent());
        json.writeEndObject();
    }

    private static void writeThresholds(final JsonGenerator json, final BandThresholds thresholds) throws IOException {
        json.writeObjectFieldStart("thresholds");
        writeBands(json, "deploymentInterval", thresholds.getDeploymentInterval());
        writeBands(json, "leadTime", thresholds.getLeadTime());
        writeBands(json, "recoveryTime", thresholds.getRecoveryTime());
        writeBands(json, "changeFailureRate", thresholds.getChangeFailureRate());
        writeBands(json, "reworkRate", thresholds.getReworkRate());
        json.writeEndObject();
    }

    private static void writeBands(final JsonGenerator json, final String name, final DurationBands bands)
            throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField(
                "eliteSeconds", ExportValues.seconds(bands.getElite().toDuration()));
        json.writeNumberField(
                "highSeconds", ExportValues.seconds(bands.getHigh().toDuration()));
        json.writeNumberField(
                "mediumSeconds", ExportValues.seconds(bands.getMedium().toDuration()));
        json.writeEndObject();
    }

    private static void writeBands(final JsonGenerator json, final String name, final PercentageBands bands)
            throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("elitePercent", bands.getElite().doubleValue());
        json.writeNumberField("highPercent", bands.getHigh().doubleValue());
        json.writeNumberField("mediumPercent", bands.getMedium().doubleValue());
        json.writeEndObject();
    }

    private static void writeScope(final JsonGenerator json, final DoraReport report, final ScopeMetrics scope)
            throws IOException {
        json.writeStartObject();
        writeOptional(json, "service", scope.getScope().getService());
        writeOptional(json, "environment", scope.getScope().getEnvironment());
        writeStrings(json, "jobs", scope.getJobs());
        json.writeArrayFieldStart("windows");
        for (DoraWindow window : report.getWindows()) {
            DoraMetrics metrics = scope.getWindow(window).orElseThrow();
            json.writeStartObject();
            json.writeNumberField("days", window.getDays());
            writePeriod(json, metrics);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("trend");
        for (WeekPoint week : scope.getTrend()) {
            json.writeStartObject();
            json.writeStringField("week", week.getIsoWeek());
            json.writeBooleanField("partial", week.isPartial());
            writePeriod(json, week.getMetrics());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writePeriod(final JsonGenerator json, final DoraMetrics metrics) throws IOException {
        json.writeStringField("start", metrics.getStart().toString());
        json.writeStringField("end", metrics.getEnd().toString());
        json.writeNumberField("deployments", metrics.getDeployments());
        json.writeNumberField("aborted", metrics.getAborted());
        writeFrequency(json, metrics.getFrequency());
        writeLeadTime(json, metrics.getLeadTime());
        writeChangeFailureRate(json, metrics.getChangeFailureRate());
        writeRecoveryTime(json, metrics.getRecoveryTime());
        writeReworkRate(json, metrics.getReworkRate());
    }

    private static void writeFrequency(final JsonGenerator json, final DeploymentFrequency frequency)
            throws IOException {
        json.writeObjectFieldStart("deploymentFrequency");
        writeStatus(json, frequency.hasData());
        writeDouble(json, "perDay", frequency.getPerDay());
        writeDouble(json, "perWeek", frequency.getPerWeek());
        writeSeconds(json, "meanIntervalSeconds", frequency.getMeanInterval());
        json.writeNumberField("deploymentDays", frequency.getDeploymentDays());
        writeOptional(json, "class", frequency.getFrequencyClass().map(Enum::name));
        writeOptional(json, "band", frequency.getBand().map(Enum::name));
        json.writeEndObject();
    }

    private static void writeLeadTime(final JsonGenerator json, final LeadTime leadTime) throws IOException {
        json.writeObjectFieldStart("leadTime");
        writeStatus(json, leadTime.hasData());
        json.writeNumberField("commits", leadTime.getCommits());
        json.writeNumberField("skippedCommits", leadTime.getSkippedCommits());
        writeStatistics(json, leadTime.getStatistics());
        writeOptional(json, "band", leadTime.getBand().map(Enum::name));
        json.writeEndObject();
    }

    private static void writeChangeFailureRate(final JsonGenerator json, final ChangeFailureRate rate)
            throws IOException {
        json.writeObjectFieldStart("changeFailureRate");
        writeStatus(json, rate.hasData());
        json.writeNumberField("failures", rate.getFailures());
        json.writeNumberField("deployments", rate.getDeployments());
        writePercent(json, rate.getRate());
        json.writeNumberField("incidents", rate.getIncidents());
        writeStrings(json, "incidentIds", rate.getIncidentIds());
        writeOptional(json, "band", rate.getBand().map(Enum::name));
        json.writeEndObject();
    }

    private static void writeRecoveryTime(final JsonGenerator json, final RecoveryTime recovery) throws IOException {
        json.writeObjectFieldStart("recoveryTime");
        writeStatus(json, recovery.hasData());
        json.writeNumberField("failures", recovery.getFailures());
        json.writeNumberField("recovered", recovery.getRecovered());
        json.writeNumberField("unrecovered", recovery.getUnrecovered());
        writeStatistics(json, recovery.getStatistics());
        writeSeconds(json, "longestOpenSeconds", recovery.getLongestOpen());
        writeStrings(json, "openFailures", recovery.getOpenFailures());
        writeOptional(json, "band", recovery.getBand().map(Enum::name));
        json.writeEndObject();
    }

    private static void writeReworkRate(final JsonGenerator json, final ReworkRate rework) throws IOException {
        json.writeObjectFieldStart("reworkRate");
        writeStatus(json, rework.hasData());
        json.writeNumberField("unplanned", rework.getUnplanned());
        json.writeNumberField("deployments", rework.getDeployments());
        writePercent(json, rework.getRate());
        writeOptional(json, "band", rework.getBand().map(Enum::name));
        json.writeEndObject();
    }

    private static void writeStatus(final JsonGenerator json, final boolean hasData) throws IOException {
        json.writeStringField("status", hasData ? "OK" : "NO_DATA");
    }

    private static void writeStatistics(final JsonGenerator json, final Optional<DurationStatistics> statistics)
            throws IOException {
        writeSeconds(json, "medianSeconds", statistics.map(DurationStatistics::getMedian));
        writeSeconds(json, "p90Seconds", statistics.map(DurationStatistics::getP90));
    }

    private static void writeSeconds(final JsonGenerator json, final String name, final Optional<Duration> value)
            throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(name, ExportValues.seconds(value.get()));
        } else {
            json.writeNullField(name);
        }
    }

    private static void writePercent(final JsonGenerator json, final Optional<Percentage> value) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField("percent", value.get().doubleValue());
        } else {
            json.writeNullField("percent");
        }
    }

    private static void writeDouble(final JsonGenerator json, final String name, final OptionalDouble value)
            throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(name, value.getAsDouble());
        } else {
            json.writeNullField(name);
        }
    }

    private static void writeOptional(final JsonGenerator json, final String name, final Optional<String> value)
            throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        } else {
            json.writeNullField(name);
        }
    }

    private static void writeStrings(final JsonGenerator json, final String name, final List<String> values)
            throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
