package io.jenkins.plugins.deploymentsop.checklist;

import static io.jenkins.plugins.deploymentsop.checklist.FixedCheck.item;
import static io.jenkins.plugins.deploymentsop.checklist.FixedCheck.manual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistResultTest {
    private static final Instant START = Instant.parse("2026-03-03T10:15:00Z");

    @TempDir
    private Path workspace;

    @Test
    void shouldApplySeverity() {
        ChecklistResult result = evaluate(
                item("tests", Severity.BLOCKING, CheckOutcome.passed("120 tests passed")),
                item("coverage", Severity.WARNING, CheckOutcome.failed("line 71% < 80%")),
                item("changelog", Severity.WARNING, CheckOutcome.error("File not found: CHANGELOG.md")),
                item("notes", Severity.BLOCKING, CheckOutcome.warning("entry without content")));

        assertThat(result.items())
                .extracting(ItemResult::status)
                .containsExactly(ItemStatus.PASSED, ItemStatus.WARNING, ItemStatus.ERROR, ItemStatus.WARNING);
        assertThat(result.passed()).isTrue();
        assertThat(result.blockingFailures()).isEmpty();
        assertThat(result.warnings()).extracting(ItemResult::id).containsExactly("coverage", "changelog", "notes");
        assertThat(result.message())
                .isEqualTo("Pre-deployment checklist passed (4 items: 1 passed, 2 warning, 1 error); warnings:"
                        + " coverage, changelog, notes");
    }

    @Test
    void shouldFailOnBlockingFailuresAndErrorsListingThem() {
        ChecklistResult result = evaluate(
                item("tests", Severity.BLOCKING, CheckOutcome.failed("3 of 120 tests failed")),
                item("vulnerabilities", Severity.BLOCKING, CheckOutcome.error("trivy.json: not well-formed JSON")),
                item("coverage", Severity.BLOCKING, CheckOutcome.passed("line 85%")));

        assertThat(result.passed()).isFalse();
        assertThat(result.hasBlockingFailures()).isTrue();
        assertThat(result.blockingFailures()).extracting(ItemResult::id).containsExactly("tests", "vulnerabilities");
        assertThat(result.message())
                .isEqualTo(
                        "Pre-deployment checklist failed (3 items: 1 passed, 1 failed, 1 error); blocking: tests"
                                + " (FAILED: 3 of 120 tests failed); vulnerabilities (ERROR: trivy.json: not well-formed JSON)");
    }

    @Test
    void shouldReturnAPlainPipelineMap() {
        ChecklistResult result = evaluate(
                item(
                        "tests",
                        Severity.BLOCKING,
                        CheckOutcome.passed("120 tests passed")
                                .withDetails(Details.builder()
                                        .count("total", 120)
                                        .failure("none")
                                        .build())),
                manual("runbook-reviewed", Approvers.ANYONE));

        Map<String, Object> map = result.toPipelineMap();

        assertThat(map).containsOnlyKeys("passed", "items").containsEntry("passed", false);
        List<?> items = (List<?>) map.get("items");
        assertThat(itemMap(items, 0))
                .containsEntry("id", "tests")
                .containsEntry("status", "PASSED")
                .containsEntry("evidence", "120 tests passed")
                .containsEntry("group", "CODE_QUALITY")
                .containsEntry("severity", "BLOCKING")
                .containsEntry("counts", Map.<String, Object>of("total", 120L));
        assertThat(itemMap(items, 1)).containsEntry("status", "PENDING");
        assertPlain(map);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> itemMap(final List<?> items, final int index) {
        return (Map<String, Object>) items.get(index);
    }

    private static void assertPlain(final Object value) {
        if (value instanceof Map) {
            ((Map<?, ?>) value).forEach((key, element) -> {
                assertThat(key).isInstanceOf(String.class);
                assertPlain(element);
            });
        } else if (value instanceof List) {
            ((List<?>) value).forEach(ChecklistResultTest::assertPlain);
        } else {
            assertThat(value).isInstanceOfAny(String.class, Boolean.class, Long.class);
        }
    }

    @Test
    void shouldWaitForSignOffsAndPassOnceConfirmed() {
        ChecklistResult result = evaluate(
                item("tests", Severity.BLOCKING, CheckOutcome.passed("ok")),
                manual("runbook-reviewed", Approvers.of(List.of("alice"), List.of("release-managers"))));

        assertThat(result.passed()).isFalse();
        assertThat(result.isComplete()).isFalse();
        assertThat(result.pending()).extracting(ItemResult::id).containsExactly("runbook-reviewed");
        assertThat(result.nextDeadline()).contains(START.plus(Duration.ofHours(24)));
        assertThat(result.item("runbook-reviewed").orElseThrow().evidence())
                .isEqualTo("Waiting for a decision by users [alice], groups [release-managers] until"
                        + " 2026-03-04T10:15:00Z: Confirm the runbook review");
        assertThat(result.message())
                .endsWith("is not complete (2 items: 1 passed, 1 pending); waiting for: runbook-reviewed");

        ChecklistResult confirmed = result.apply(new Decision(
                DecisionKind.CONFIRM,
                "runbook-reviewed",
                "bob",
                List.of("Release-Managers"),
                START.plusSeconds(600),
                "Reviewed with ops"));

        assertThat(confirmed.passed()).isTrue();
        ItemResult item = confirmed.item("runbook-reviewed").orElseThrow();
        assertThat(item.status()).isEqualTo(ItemStatus.PASSED);
        assertThat(item.evidence()).isEqualTo("confirmed by bob at 2026-03-03T10:25:00Z: Reviewed with ops");
        assertThat(item.decisions()).hasSize(1);
        assertThat(confirmed.gate("runbook-reviewed").orElseThrow().phase()).isEqualTo(ManualGate.Phase.CONFIRMED);
        assertThat(result.passed()).as("the earlier state is unchanged").isFalse();
    }

    @Test
    void shouldFailAtOnceOnRejectionAndAfterTheTimeout() {
        ChecklistResult result = evaluate(manual("tech-lead", Approvers.of(List.of("alice"), List.of())));

        ChecklistResult rejected = result.apply(
                Decision.of(DecisionKind.REJECT, "tech-lead", "alice", START.plusSeconds(60), "Rollback untested"));
        assertThat(rejected.hasBlockingFailures()).isTrue();
        assertThat(rejected.item("tech-lead").orElseThrow().evidence())
                .isEqualTo("rejected by alice at 2026-03-03T10:16:00Z: Rollback untested");

        assertThat(result.timeOut(START.plus(Duration.ofHours(23)))).isSameAs(result);
        ChecklistResult timedOut = result.timeOut(START.plus(Duration.ofHours(24)));
        assertThat(timedOut.item("tech-lead").orElseThrow())
                .hasToString("tech-lead: FAILED — No decision within 1d: the deadline 2026-03-04T10:15:00Z passed");
        assertThat(timedOut.nextDeadline()).isEmpty();
        assertThatThrownBy(() -> result.apply(
                        Decision.of(DecisionKind.CONFIRM, "tech-lead", "alice", START.plus(Duration.ofHours(25)), "")))
                .isInstanceOf(DecisionRefusedException.class)
                .hasMessage("Item 'tech-lead' no longer waits for a decision: it is timed out at"
                        + " 2026-03-04T10:15:00Z; only a waiver with a reason");

        ChecklistResult waived = timedOut.apply(Decision.of(
                DecisionKind.WAIVE,
                "tech-lead",
                "alice",
                START.plus(Duration.ofHours(26)),
                "Approved by phone, INC-4711"));
        assertThat(waived.passed()).isTrue();
        assertThat(waived.item("tech-lead").orElseThrow().status()).isEqualTo(ItemStatus.WAIVED);
    }

    @Test
    void shouldLetPermittedPeopleWaiveAFailedAutomatedItemWithAReason() {
        Checklist checklist = new Checklist(
                List.of(item("vulnerabilities", Severity.BLOCKING, CheckOutcome.failed("1 critical: CVE-2024-1"))),
                Approvers.of(List.of(), List.of("security")),
                List.of(),
                List.of());
        ChecklistResult result = evaluate(checklist);

        assertThatThrownBy(() ->
                        result.apply(Decision.of(DecisionKind.WAIVE, "vulnerabilities", "mallory", START, "I say so")))
                .isInstanceOf(DecisionRefusedException.class)
                .hasMessage("User 'mallory' may not waive item 'vulnerabilities' (allowed: groups [security])");
        assertThatThrownBy(() -> result.apply(new Decision(
                        DecisionKind.CONFIRM, "vulnerabilities", "sam", List.of("security"), START, "fine")))
                .hasMessage("Item 'vulnerabilities' is checked automatically: it cannot be confirmed, only waived with"
                        + " a reason");
        assertThatThrownBy(() -> Decision.of(DecisionKind.WAIVE, "vulnerabilities", "sam", START, "  "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'reason'");

        ChecklistResult waived = result.apply(new Decision(
                DecisionKind.WAIVE, "vulnerabilities", "sam", List.of("security"), START, "Not reachable: SEC-112"));

        assertThat(waived.passed()).isTrue();
        assertThat(waived.item("vulnerabilities").orElseThrow().evidence())
                .isEqualTo("Waived by sam at 2026-03-03T10:15:00Z: Not reachable: SEC-112 (was FAILED: 1 critical:"
                        + " CVE-2024-1)");
        assertThat(waived.toPipelineMap().toString()).contains("decisions=[{kind=WAIVE, user=sam");
        assertThatThrownBy(() -> waived.apply(new Decision(
                        DecisionKind.WAIVE, "vulnerabilities", "sam", List.of("security"), START, "again")))
                .hasMessage("Item 'vulnerabilities' is WAIVED: only a failed item can be waived");
        assertThatThrownBy(() -> waived.apply(Decision.of(DecisionKind.WAIVE, "nope", "sam", START, "x")))
                .hasMessage("No item 'nope' in this checklist (items: vulnerabilities)");
    }

    @Test
    void shouldSurviveSerializationAsTheGluePersistsIt() throws Exception {
        ChecklistResult result = evaluate(
                item(
                        "tests",
                        Severity.BLOCKING,
                        CheckOutcome.passed("ok")
                                .withDetails(Details.builder()
                                        .count("total", 3)
                                        .link("report", "target/x.xml")
                                        .build())),
                manual("signoff", Approvers.of(List.of("alice"), List.of())));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream output = new ObjectOutputStream(bytes)) {
            output.writeObject(result);
        }
        ChecklistResult restored;
        try (ObjectInputStream input = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (ChecklistResult) input.readObject();
        }

        assertThat(restored.items()).isEqualTo(result.items());
        assertThat(restored.apply(Decision.of(DecisionKind.CONFIRM, "signoff", "alice", START, ""))
                        .passed())
                .isTrue();
    }

    private ChecklistResult evaluate(final ChecklistItem... items) {
        return evaluate(Checklist.of(List.of(items)));
    }

    private ChecklistResult evaluate(final Checklist checklist) {
        try {
            return new ChecklistEvaluator()
                    .evaluate(
                            checklist,
                            CheckContext.builder(workspace)
                                    .clock(Clock.fixed(START, ZoneOffset.UTC))
                                    .build());
        } catch (InterruptedException exception) {
            throw new AssertionError(exception);
        }
    }
}
