package io.jenkins.plugins.deploymentsop.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.deploymentsop.record.Approval;
import io.jenkins.plugins.deploymentsop.record.ChecklistEntry;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.util.SecureJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A deployment with a pre-deployment checklist, a rollback dry run and a hand-off: each shown under its name. */
class NamedChecklistReportTest {
    private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant NOW = START.plusSeconds(3600);

    private static ChecklistEntry entry(final String id, final String title, final String status) {
        return new ChecklistEntry(
                id, title, "APPROVALS", "BLOCKING", status, title + ": " + status, Map.of(), List.of());
    }

    private static DeploymentRecord record() {
        DeploymentRecord record = new DeploymentRecord(new DeploymentKey("shop", "production"), START);
        record.setVersion("1.4.0");
        record.replaceChecklist(
                ChecklistEntry.DEFAULT_CHECKLIST,
                List.of(entry("tests", "All tests pass", "PASSED"), entry("briefed", "Team briefed", "PASSED")));
        record.putChecklistEntry("rollback-dry-run", entry("rollback-dry-run", "Rollback tested", "PASSED"));
        record.replaceChecklist("operations-handoff", List.of(entry("briefed", "On-call briefed", "FAILED")));
        record.addApproval(new Approval("briefed", "CONFIRM", "alice", "team", START));
        record.addApproval(new Approval("operations-handoff:briefed", "REJECT", "olga", "no runbook", NOW));
        return record;
    }

    private static DeploymentRecord onlyPreDeployment() {
        DeploymentRecord record = new DeploymentRecord(new DeploymentKey("shop", "production"), START);
        record.replaceChecklist(ChecklistEntry.DEFAULT_CHECKLIST, List.of(entry("tests", "All tests pass", "PASSED")));
        return record;
    }

    @Test
    void shouldShowEachChecklistUnderItsNameWithItsOwnSignOffs() {
        HtmlStructure html =
                HtmlStructure.parse(DeploymentReport.of(record(), NOW).htmlFragment());

        assertThat(html.text())
                .containsSubsequence(
                        "Checklist  pre-deployment 2 PASSED",
                        "Team briefed",
                        "CONFIRM by  alice",
                        "Checklist  rollback-dry-run 1 PASSED",
                        "Rollback tested",
                        "Checklist  operations-handoff 1 FAILED",
                        "On-call briefed",
                        "REJECT by  olga",
                        "Sign-offs and decisions")
                .contains("operations-handoff:briefed");
        assertThat(html.elements())
                .filteredOn(element -> "table".equals(element.name())
                        && "dsr-table dsr-checklist-table"
                                .equals(element.attributes().get("class")))
                .hasSize(3);
    }

    @Test
    void shouldShowASingleUnnamedChecklistAsBefore() {
        String html = DeploymentReport.of(onlyPreDeployment(), NOW).htmlFragment();

        assertThat(HtmlStructure.parse(html).text()).doesNotContain("pre-deployment");
        assertThat(DeploymentReport.of(onlyPreDeployment(), NOW).markdown()).doesNotContain("### Checklist");
    }

    @Test
    void shouldWriteEachChecklistAsAMarkdownSubsection() {
        String markdown = DeploymentReport.of(record(), NOW).markdown();

        assertThat(markdown)
                .containsSubsequence(
                        "## Pre-Deployment Checklist Results",
                        "### Checklist pre-deployment",
                        "Result: 2 PASSED",
                        "### Checklist rollback-dry-run",
                        "### Checklist operations-handoff",
                        "Result: 1 FAILED",
                        "| On-call briefed (briefed) |",
                        "### Sign-offs")
                .contains("operations-handoff:briefed");
    }

    @Test
    void shouldCountEachChecklistInTheJsonBlock() throws Exception {
        JsonNode block = SecureJson.json()
                .readTree(DeploymentReport.of(record(), NOW).json())
                .path("report");

        assertThat(block.path("checklist").asText()).isEqualTo("1 FAILED, 3 PASSED");
        assertThat(block.path("checklists").path("pre-deployment").asText()).isEqualTo("2 PASSED");
        assertThat(block.path("checklists").path("operations-handoff").asText()).isEqualTo("1 FAILED");
        assertThat(block.path("checklists").path("rollback-dry-run").asText()).isEqualTo("1 PASSED");
    }
}
