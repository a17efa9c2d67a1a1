package io.jenkins.plugins.deploymentsop.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Incident;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.record.RollbackRun;
import io.jenkins.plugins.deploymentsop.util.SecureJson;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The JSON report: the record exactly as its file holds it ({@link RecordStore#toJson}) plus one computed block,
 * {@code "report"}, with the summary line, metric deltas, lead times, recovery times and the rollbacks with their
 * outcome. Readers of the record
 * format ignore unknown fields, so the file is also a valid record file.
 */
final class ReportJson {
    /** The name of the computed block. */
    static final String BLOCK = "report";

    private ReportJson() {}

    static String render(final ReportData data) {
        ObjectMapper mapper = SecureJson.json();
        try {
            JsonNode tree = mapper.readTree(RecordStore.toJson(data.record()));
            if (!(tree instanceof ObjectNode)) {
                throw new IllegalStateException("A deployment record is written as a JSON object");
            }
            ObjectNode root = (ObjectNode) tree;
            root.set(BLOCK, block(data, mapper));
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException exception) {
            throw new IllegalStateException("The deployment report could not be written as JSON", exception);
        }
    }

    private static ObjectNode block(final ReportData data, final ObjectMapper mapper) {
        DeploymentRecord record = data.record();
        ObjectNode block = mapper.createObjectNode();
        block.put("renderedAt", data.now().toString());
        block.put("summary", data.summary().getText());
        block.put("outcome", String.valueOf(record.getOutcome()));
        block.put("reason", data.summary().getReason());
        block.put("durationSeconds", record.duration(data.now()).toSeconds());
        ArrayNode approvers = block.putArray("approvers");
        record.approvers().forEach(approvers::add);
        block.put("checklist", Labels.checklistCounts(record.getChecklist()));
        ObjectNode checklists = block.putObject("checklists");
        Labels.checklists(record.getChecklist())
                .forEach((name, entries) -> checklists.put(name, Labels.checklistCounts(entries)));

        ArrayNode deltas = block.putArray("metricDeltas");
        for (MetricDelta delta : data.metrics().rows()) {
            ObjectNode row = deltas.addObject();
            row.put("name", delta.name());
            row.put("unit", delta.unit());
            ObjectNode values = row.putObject("values");
            data.metrics().columns().forEach(column -> putNumber(values, column, delta.value(column)));
            row.put("beforeLabel", delta.beforeLabel());
            row.put("afterLabel", delta.afterLabel());
            putNumber(row, "before", delta.before());
            putNumber(row, "after", delta.after());
            putNumber(row, "delta", delta.absolute());
            putNumber(row, "deltaPercent", delta.relativePercent());
            row.put("status", delta.status());
        }

        ArrayNode leadTimes = block.putArray("leadTimes");
        for (LeadTime time : data.leadTimes()) {
            ObjectNode row = leadTimes.addObject();
            row.put("commitId", time.change().commitId());
            putSeconds(row, "leadTimeSeconds", time.duration());
            row.put("reason", time.reason());
        }
        putSeconds(block, "medianLeadTimeSeconds", LeadTime.median(data.leadTimes()));

        ArrayNode recoveries = block.putArray("recoveryTimes");
        for (Incident incident : record.getIncidents()) {
            ObjectNode row = recoveries.addObject();
            row.put("incident", incident.id());
            putSeconds(row, "recoveryTimeSeconds", incident.recoveryTime());
        }

        ArrayNode rollbacks = block.putArray("rollbacks");
        for (RollbackRun run : record.rollbackRuns()) {
            ObjectNode row = rollbacks.addObject();
            row.put("rollback", run.number());
            row.put("type", run.type());
            row.put("trigger", run.trigger());
            putTime(row, "startedAt", run.startedAt());
            putTime(row, "finishedAt", run.finishedAt());
            row.put("outcome", run.outcome());
            ArrayNode actions = row.putArray("actions");
            run.actions().forEach(action -> actions.add(action.action()));
            putTime(row, "serviceRestoredAt", run.restoredAt());
        }
        return block;
    }

    private static void putNumber(final ObjectNode node, final String name, final OptionalDouble value) {
        if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
            node.put(name, value.getAsDouble());
        } else {
            node.putNull(name);
        }
    }

    private static void putTime(final ObjectNode node, final String name, final Optional<Instant> value) {
        if (value.isPresent()) {
            node.put(name, value.get().toString());
        } else {
            node.putNull(name);
        }
    }

    private static void putSeconds(final ObjectNode node, final String name, final Optional<Duration> value) {
        if (value.isPresent()) {
            node.put(name, value.get().toSeconds());
        } else {
            node.putNull(name);
        }
    }
}
