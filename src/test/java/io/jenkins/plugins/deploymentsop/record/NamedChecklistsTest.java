package io.jenkins.plugins.deploymentsop.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A deployment has several checklists (pre-deployment, the rollback dry run, a hand-off after the release): an
 * evaluation replaces only the entries of its own checklist, and records written before checklists had names still
 * load, their entries in the default checklist.
 */
class NamedChecklistsTest {
    private static final DeploymentKey SHOP = new DeploymentKey("shop", "production");
    private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
    private static final String HANDOFF = "operations-handoff";
    private static final String DRY_RUN = "rollback-dry-run";

    private static ChecklistEntry entry(final String id, final String status) {
        return new ChecklistEntry(id, id, "APPROVALS", "BLOCKING", status, id + " is " + status, Map.of(), List.of());
    }

    private static List<String> ids(final DeploymentRecord record) {
        return record.getChecklist().stream().map(ChecklistEntry::qualifiedId).toList();
    }

    @Test
    void shouldReplaceOnlyTheEntriesOfTheEvaluatedChecklist() {
        DeploymentRecord record = new DeploymentRecord(SHOP, START);
        record.replaceChecklist(
                ChecklistEntry.DEFAULT_CHECKLIST, List.of(entry("tests", "PASSED"), entry("sign-off", "PENDING")));
        record.replaceChecklist(HANDOFF, List.of(entry("on-call-briefed", "PENDING")));

        assertThat(ids(record)).containsExactly("tests", "sign-off", "operations-handoff:on-call-briefed");

        record.replaceChecklist(HANDOFF, List.of(entry("on-call-briefed", "PASSED"), entry("alerts", "PASSED")));
        record.replaceChecklist(
                ChecklistEntry.DEFAULT_CHECKLIST, List.of(entry("tests", "PASSED"), entry("sign-off", "PASSED")));

        assertThat(ids(record))
                .containsExactly(
                        "tests", "sign-off", "operations-handoff:on-call-briefed", "operations-handoff:alerts");
        assertThat(record.getChecklist()).extracting(ChecklistEntry::status).containsOnly("PASSED");
        assertThat(record.checklistNames()).containsExactly(ChecklistEntry.DEFAULT_CHECKLIST, HANDOFF);
    }

    @Test
    void shouldKeepTheRollbackDryRunWhenTheChecklistIsEvaluatedAfterIt() {
        DeploymentRecord record = new DeploymentRecord(SHOP, START);
        record.putChecklistEntry(DRY_RUN, entry(DRY_RUN, "FAILED"));
        record.putChecklistEntry(DRY_RUN, entry(DRY_RUN, "PASSED"));
        record.replaceChecklist(ChecklistEntry.DEFAULT_CHECKLIST, List.of(entry("tests", "PASSED")));
        record.replaceChecklist(ChecklistEntry.DEFAULT_CHECKLIST, List.of(entry("tests", "FAILED")));

        assertThat(record.getChecklist())
                .extracting(ChecklistEntry::qualifiedId, ChecklistEntry::status)
                .containsExactly(tuple("rollback-dry-run:rollback-dry-run", "PASSED"), tuple("tests", "FAILED"));
    }

    @Test
    void shouldFailTheDeploymentOnABlockingGateOfAnyChecklist() {
        DeploymentRecord record = new DeploymentRecord(SHOP, START);
        record.replaceChecklist(ChecklistEntry.DEFAULT_CHECKLIST, List.of(entry("tests", "PASSED")));
        assertThat(record.deriveOutcome().outcome()).isEqualTo(Outcome.SUCCEEDED);

        record.replaceChecklist(HANDOFF, List.of(entry("on-call-briefed", "FAILED")));

        assertThat(record.deriveOutcome()).satisfies(derived -> {
            assertThat(derived.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(derived.reason())
                    .isEqualTo("blocking gate operations-handoff:on-call-briefed: on-call-briefed is FAILED");
        });
    }

    @Test
    void shouldWriteAndReadTheChecklistOfEveryEntry() throws IOException {
        DeploymentRecord record = new DeploymentRecord(SHOP, START);
        record.replaceChecklist(ChecklistEntry.DEFAULT_CHECKLIST, List.of(entry("tests", "PASSED")));
        record.replaceChecklist(HANDOFF, List.of(entry("on-call-briefed", "PASSED")));

        String json = RecordStore.toJson(record);
        DeploymentRecord copy = RecordStore.fromJson(json);

        assertThat(json).contains("\"checklist\" : \"operations-handoff\"", "\"checklist\" : \"pre-deployment\"");
        assertThat(copy.getChecklist()).isEqualTo(record.getChecklist());
    }

    @Test
    void shouldReadARecordWrittenBeforeChecklistsHadNames() throws IOException {
        DeploymentRecord record = RecordStore.fromJson(fixture("record-before-named-checklists.json"));

        assertThat(record.getChecklist())
                .extracting(ChecklistEntry::checklist)
                .containsOnly(ChecklistEntry.DEFAULT_CHECKLIST);
        assertThat(ids(record)).containsExactly("tests", "tech-lead-approval", "rollback-dry-run");
        assertThat(record.getChecklist().get(0).details()).containsEntry("tests", "120");
        assertThat(record.getApprovals()).extracting(Approval::itemId).containsExactly("tech-lead-approval");
        assertThat(record.getType()).isEqualTo(DeploymentType.HOTFIX);

        record.replaceChecklist(HANDOFF, List.of(entry("on-call-briefed", "PASSED")));
        assertThat(ids(record))
                .containsExactly(
                        "tests", "tech-lead-approval", "rollback-dry-run", "operations-handoff:on-call-briefed");
    }

    @Test
    void shouldTreatABlankChecklistNameAsTheDefault() {
        ChecklistEntry entry =
                new ChecklistEntry(" ", "tests", "t", "g", "BLOCKING", "PASSED", "e", Map.of(), List.of());

        assertThat(entry.checklist()).isEqualTo(ChecklistEntry.DEFAULT_CHECKLIST);
        assertThat(entry.qualifiedId()).isEqualTo("tests");
        assertThat(entry.inChecklist(HANDOFF).qualifiedId()).isEqualTo("operations-handoff:tests");
        assertThat(entry.inChecklist(ChecklistEntry.DEFAULT_CHECKLIST)).isSameAs(entry);
    }

    private static String fixture(final String name) throws IOException {
        try (InputStream input = NamedChecklistsTest.class.getResourceAsStream(name)) {
            if (input == null) {
                throw new IOException("No fixture " + name);
            }
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
