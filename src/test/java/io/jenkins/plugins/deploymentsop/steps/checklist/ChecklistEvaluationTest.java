package io.jenkins.plugins.deploymentsop.steps.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.deploymentsop.checklist.ChecklistResult;
import io.jenkins.plugins.deploymentsop.checklist.ItemResult;
import io.jenkins.plugins.deploymentsop.checklist.ItemStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.MockedConstruction;

/** The evaluation that runs on the agent, on a real workspace folder with real report files. */
class ChecklistEvaluationTest {
    /** Wednesday 10:00 UTC: inside the standard deployment window. */
    static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");

    private static final String REPORTS = "io/jenkins/plugins/deploymentsop/checklist/report/";
    private static final String PASSING_SUREFIRE_REPORT = String.join(
            "\n",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<testsuite name=\"com.example.orders.OrderServiceTest\" time=\"0.412\" tests=\"3\" errors=\"0\""
                    + " skipped=\"0\" failures=\"0\">",
            "  <testcase name=\"shouldPlaceOrder\" classname=\"com.example.orders.OrderServiceTest\" time=\"0.2\"/>",
            "  <testcase name=\"shouldCancelOrder\" classname=\"com.example.orders.OrderServiceTest\" time=\"0.1\"/>",
            "  <testcase name=\"shouldRefund\" classname=\"com.example.orders.OrderServiceTest\" time=\"0.1\"/>",
            "</testsuite>",
            "");

    @TempDir
    Path workspace;

    /**
     * Fills a workspace: a Surefire report with failures, one without, a real JaCoCo report (line 84.5%), and a
     * checklist file that keeps the standard template's tests and coverage and disables its other items.
     */
    static void fill(final Path workspace, final boolean failingTests) throws IOException {
        copy(
                REPORTS + "junit/surefire-TEST-com.example.cart.CartServiceTest.xml",
                workspace.resolve("failing/TEST-com.example.cart.CartServiceTest.xml"));
        Path passing = workspace.resolve("build/test-results/TEST-com.example.orders.OrderServiceTest.xml");
        Files.createDirectories(passing.getParent());
        Files.writeString(passing, PASSING_SUREFIRE_REPORT, StandardCharsets.UTF_8);
        copy(REPORTS + "coverage/jacoco.xml", workspace.resolve("target/site/jacoco/jacoco.xml"));
        Files.writeString(
                workspace.resolve("checklist.yaml"),
                String.join(
                        "\n",
                        "version: 1",
                        "items:",
                        "  - id: tests",
                        "    results: " + (failingTests ? "failing/*.xml" : "build/test-results/*.xml"),
                        "  - id: coverage",
                        "    reports: target/site/jacoco/jacoco.xml",
                        "  - {id: review-score, enabled: false}",
                        "  - {id: vulnerabilities, enabled: false}",
                        "  - {id: changelog, enabled: false}",
                        "  - {id: runbook, enabled: false}",
                        "  - {id: rollback-plan, enabled: false}",
                        "  - {id: release-notes, enabled: false}",
                        "  - {id: health, enabled: false}",
                        "  - {id: deployment-window, enabled: false}",
                        ""),
                StandardCharsets.UTF_8);
    }

    private static void copy(final String resource, final Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream input = ChecklistEvaluationTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(input).as(resource).isNotNull();
            Files.copy(input, target);
        }
    }

    private static PreDeployChecklistStep step(final String type) {
        PreDeployChecklistStep step = new PreDeployChecklistStep("1.4.0", "production");
        step.setType(type);
        step.setChecklist("checklist.yaml");
        return step;
    }

    private EvaluatedChecklist evaluate(final PreDeployChecklistStep step) throws Exception {
        return new ChecklistEvaluation(step.request(null, ZoneOffset.UTC))
                .evaluate(workspace, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The API copy's AbortException cannot be constructed: construction is mocked to keep the message. */
    private void evaluateWithAbortMessages(final PreDeployChecklistStep step) throws Exception {
        try (MockedConstruction<AbortException> aborts = AbortMessages.mock()) {
            evaluate(step);
        }
    }

    private static ItemResult item(final ChecklistResult result, final String id) {
        return result.item(id).orElseThrow(() -> new AssertionError("no item " + id + " in " + result.items()));
    }

    @Test
    void shouldFailOnTheRealSurefireFailuresAndPassTheRealJacocoCoverage() throws Exception {
        fill(workspace, true);

        EvaluatedChecklist evaluated = evaluate(step("standard"));
        ChecklistResult result = evaluated.result();

        assertThat(result.items()).extracting(ItemResult::id).containsExactly("tests", "coverage");
        assertThat(item(result, "tests").status()).isEqualTo(ItemStatus.FAILED);
        assertThat(item(result, "tests").evidence()).contains("7 tests", "failed");
        assertThat(item(result, "coverage").status()).isEqualTo(ItemStatus.PASSED);
        assertThat(item(result, "coverage").evidence()).contains("84.5%");
        assertThat(result.passed()).isFalse();
        assertThat(result.message()).contains("blocking: tests (FAILED");
        assertThat(evaluated.notes()).anySatisfy(note -> assertThat(note).contains("disabled"));
    }

    @Test
    void shouldLetPipelineItemsOverrideTheFileAndTemplate() throws Exception {
        fill(workspace, true);
        PreDeployChecklistStep step = step("standard");
        TestsItem tests = new TestsItem();
        tests.setResults("build/test-results/*.xml");
        CoverageItem coverage = new CoverageItem();
        coverage.setMinimum(90.0);
        step.setItems(List.of(tests, coverage));

        ChecklistResult result = evaluate(step).result();

        assertThat(item(result, "tests").status()).isEqualTo(ItemStatus.PASSED);
        assertThat(item(result, "coverage").status()).isEqualTo(ItemStatus.FAILED);
        assertThat(item(result, "coverage").evidence()).contains("84.5%", "90%");
    }

    @Test
    void shouldApplyTheStepTimeoutToTemplateSignOffs() throws Exception {
        fill(workspace, false);
        PreDeployChecklistStep step = step("hotfix");
        step.setTimeout("2h");

        ChecklistResult result = evaluate(step).result();

        assertThat(item(result, "tech-lead-approval").status()).isEqualTo(ItemStatus.PENDING);
        assertThat(result.nextDeadline()).contains(NOW.plus(Duration.ofHours(2)));
        assertThat(result.isComplete()).isFalse();
    }

    @Test
    void shouldApplyTheStepTimeoutToPipelineSignOffsWithoutTheirOwn() throws Exception {
        fill(workspace, false);
        PreDeployChecklistStep step = step("standard");
        step.setTimeout("30m");
        ManualItem own = new ManualItem("security");
        own.setTimeout("4h");
        step.setItems(List.of(new ManualItem("support-briefed"), own));

        ChecklistResult result = evaluate(step).result();

        assertThat(result.gate("support-briefed").orElseThrow().deadline()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(result.gate("security").orElseThrow().deadline()).isEqualTo(NOW.plus(Duration.ofHours(4)));
    }

    @Test
    void shouldWaiveAClosedWindowUnderAnEmergencyOverride() throws Exception {
        fill(workspace, false);
        Files.writeString(
                workspace.resolve("checklist.yaml"),
                Files.readString(workspace.resolve("checklist.yaml"))
                        .replace("  - {id: deployment-window, enabled: false}\n", ""));
        PreDeployChecklistStep closed = step("standard");
        PreDeployChecklistStep step = step("standard");
        step.setEmergencyOverride("P1 incident INC-4711");

        Instant saturday = Instant.parse("2026-03-07T10:00:00Z");
        ChecklistResult withoutOverride = new ChecklistEvaluation(closed.request(null, ZoneOffset.UTC))
                .evaluate(workspace, Clock.fixed(saturday, ZoneOffset.UTC))
                .result();
        ChecklistResult withOverride = new ChecklistEvaluation(step.request(null, ZoneOffset.UTC))
                .evaluate(workspace, Clock.fixed(saturday, ZoneOffset.UTC))
                .result();

        assertThat(item(withoutOverride, "deployment-window").status()).isEqualTo(ItemStatus.FAILED);
        assertThat(item(withOverride, "deployment-window").status()).isEqualTo(ItemStatus.WAIVED);
        assertThat(item(withOverride, "deployment-window").evidence()).contains("P1 incident INC-4711");
    }

    @Test
    void shouldStopWithOneLocatedLineForAMalformedChecklistFile() throws Exception {
        Files.writeString(workspace.resolve("checklist.yaml"), "version: 1\nitems:\n  - id: tests\n   type: [\n");

        assertThatThrownBy(() -> evaluateWithAbortMessages(step("standard")))
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("checklist.yaml")
                .hasMessageContaining("line");
    }

    @Test
    void shouldStopWhenTheChecklistFileIsMissing() {
        assertThatThrownBy(() -> evaluateWithAbortMessages(step("standard")))
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("checklist.yaml");
    }

    @Test
    void shouldMakeAMetricItemAnErrorWithoutAPrometheusServer() throws Exception {
        fill(workspace, false);
        PreDeployChecklistStep step = step("standard");
        step.setItems(List.of(new MetricItem("up", "== 1")));

        ChecklistResult result = evaluate(step).result();

        assertThat(item(result, "metric").status()).isEqualTo(ItemStatus.ERROR);
    }

    @Test
    void shouldReturnAPlainPipelineMap() throws Exception {
        fill(workspace, true);

        Map<String, Object> map = evaluate(step("standard")).result().toPipelineMap();

        assertThat(map).containsEntry("passed", false);
        List<?> items = (List<?>) map.get("items");
        assertThat(items).hasSize(2);
        Map<?, ?> first = (Map<?, ?>) items.get(0);
        assertThat(first.get("id")).isEqualTo("tests");
        assertThat(first.get("status")).isEqualTo("FAILED");
        assertThat(first.get("evidence")).asString().contains("failed");
    }
}
