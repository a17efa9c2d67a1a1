package io.jenkins.plugins.deploymentsop.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.util.SecureJson;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void shouldBeTheRecordFileFormatThatReadsBackUnchanged() throws Exception {
        DeploymentRecord record = ReportFixtures.successfulCanary(ReportFixtures.PLAIN);

        String json = DeploymentReport.of(record, NOW).json();

        assertThat(RecordStore.fromJson(json)).usingRecursiveComparison().isEqualTo(record);
        JsonNode tree = SecureJson.json().readTree(json);
        JsonNode plain = SecureJson.json().readTree(RecordStore.toJson(record));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove("report");
        assertThat(tree).isEqualTo(plain);
    }

    @Test
    void shouldAddTheComputedSummaryBlock() throws Exception {
        DeploymentRecord record = ReportFixtures.rolledBackBlueGreen(ReportFixtures.PLAIN);

        JsonNode report = SecureJson.json()
                .readTree(DeploymentReport.of(record, NOW).json())
                .get("report");

        assertThat(report.get("summary").asText())
                .isEqualTo("Deployment shop → production 1.4.1: ROLLED_BACK after 12 min (error rate 12% > 10%)");
        assertThat(report.get("outcome").asText()).isEqualTo("ROLLED_BACK");
        assertThat(report.get("durationSeconds").asLong()).isEqualTo(720);
        assertThat(report.get("approvers").get(0).asText()).isEqualTo("SYSTEM");
        JsonNode errorRate = report.get("metricDeltas").get(0);
        assertThat(errorRate.get("name").asText()).isEqualTo("error rate");
        assertThat(errorRate.get("delta").asDouble()).isEqualTo(11.9);
        assertThat(errorRate.get("deltaPercent").asDouble()).isEqualTo(11900.0);
        assertThat(errorRate.get("beforeLabel").asText()).isEqualTo("At watch start");
        assertThat(errorRate.get("afterLabel").asText()).isEqualTo("At watch end");
        assertThat(errorRate.get("values").get("At watch end").asDouble()).isEqualTo(12.0);
        assertThat(report.get("metricDeltas").get(1).get("deltaPercent").isNull())
                .isTrue();
        assertThat(report.get("leadTimes").get(0).get("leadTimeSeconds").isNull())
                .isTrue();
        assertThat(report.get("leadTimes").get(0).get("reason").asText()).isEqualTo("not in production: ROLLED_BACK");
        assertThat(report.get("recoveryTimes").get(0).get("recoveryTimeSeconds").asLong())
                .isEqualTo(180);
    }

    @Test
    void shouldSummarizeEachRollbackWithItsActionsAndRestoration() throws Exception {
        DeploymentRecord record = ReportFixtures.rolledBackInFull(ReportFixtures.PLAIN);

        JsonNode json =
                SecureJson.json().readTree(DeploymentReport.of(record, NOW).json());

        assertThat(json.get("rollbacks")).hasSize(4);
        assertThat(json.get("rollbacks").get(2).get("action").asText()).isEqualTo("VERIFY_HEALTH");
        JsonNode rollback = json.get("report").get("rollbacks").get(0);
        assertThat(rollback.get("rollback").asInt()).isEqualTo(1);
        assertThat(rollback.get("type").asText()).isEqualTo("FULL");
        assertThat(rollback.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(rollback.get("startedAt").asText()).isEqualTo("2026-11-20T10:08:40Z");
        assertThat(rollback.get("finishedAt").asText()).isEqualTo("2026-11-20T10:10:40Z");
        assertThat(rollback.get("serviceRestoredAt").asText()).isEqualTo("2026-11-20T10:10:12Z");
        assertThat(rollback.get("actions").toString())
                .isEqualTo("[\"SWITCH_TRAFFIC_BACK\",\"RESTORE_DATABASE\",\"VERIFY_HEALTH\","
                        + "\"DESTROY_FAILED_ENVIRONMENT\"]");
    }

    @Test
    void shouldKeepHostileStringsAsJsonStrings() throws Exception {
        DeploymentRecord record = ReportFixtures.failedChecklist(ReportFixtures.hostile());

        String json = DeploymentReport.of(record, NOW).json();

        assertThat(RecordStore.fromJson(json)).usingRecursiveComparison().isEqualTo(record);
    }
}
