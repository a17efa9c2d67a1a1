package io.jenkins.plugins.deploymentsop.checklist.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.Checklist;
import io.jenkins.plugins.deploymentsop.checklist.ChecklistEvaluator;
import io.jenkins.plugins.deploymentsop.checklist.ChecklistResult;
import io.jenkins.plugins.deploymentsop.checklist.DeploymentLookup;
import io.jenkins.plugins.deploymentsop.checklist.ItemResult;
import io.jenkins.plugins.deploymentsop.checklist.ItemStatus;
import io.jenkins.plugins.deploymentsop.checklist.PastDeployment;
import io.jenkins.plugins.deploymentsop.checklist.source.ChecklistBuilder;
import io.jenkins.plugins.deploymentsop.checklist.source.ChecklistFileReader;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An evaluation without a workspace (a Pipeline step outside {@code node}): sign-offs, the window and the staging
 * lookup work; every item that reads a file or runs a command ends ERROR naming itself and the hint, and no file of
 * the machine that evaluates is read.
 */
class ChecksWithoutWorkspaceTest {
    private static final String HINT = "run it inside node { }";

    private static final String CHECKLIST = String.join(
            "\n",
            "version: 1",
            "items:",
            "  - {id: tests, type: tests, results: '**/TEST-*.xml'}",
            "  - {id: coverage, type: coverage, reports: jacoco.xml}",
            "  - {id: vulnerabilities, type: vulnerabilities, reports: trivy.json}",
            "  - {id: review-score, type: reviewScore, file: review.json, pointer: /score}",
            "  - {id: flag-default-off, type: flagOff, file: flags.json, pointer: /checkout}",
            "  - {id: changelog, type: changelog, file: /etc/hostname}",
            "  - {id: runbook, type: documents, files: [docs/runbook.md]}",
            "  - {id: artifacts, type: checksums, file: SHA256SUMS}",
            "  - {id: certificate, type: tls, host: 127.0.0.1, trust: ca.pem}",
            "  - {id: backup, type: command, command: 'touch should-never-exist'}",
            "  - {id: window, type: window, timezone: UTC}",
            "  - {id: staged, type: stagedFirst, environment: staging}",
            "  - {id: security, type: manual, users: [alice]}",
            "");

    private static final List<String> NEED_THE_WORKSPACE = List.of(
            "tests",
            "coverage",
            "vulnerabilities",
            "review-score",
            "flag-default-off",
            "changelog",
            "runbook",
            "artifacts",
            "certificate",
            "backup");

    private static ChecklistResult evaluateWithoutWorkspace() throws InterruptedException {
        Checklist checklist = ChecklistBuilder.create()
                .add(ChecklistFileReader.parse(CHECKLIST, "checklist.yaml"))
                .build();
        assertThat(checklist.problems()).isEmpty();
        CheckContext context = CheckContext.withoutWorkspace(HINT)
                .clock(Clock.fixed(TestItems.NOW, ZoneOffset.UTC))
                .release("1.4.0")
                .environment("production")
                .service("shop")
                .deployments(DeploymentLookup.of(List.of(new PastDeployment(
                        "shop",
                        "staging",
                        "1.4.0",
                        Outcome.SUCCEEDED,
                        TestItems.NOW.minus(Duration.ofHours(2)),
                        "shop/deploy-staging #41"))))
                .build();
        return new ChecklistEvaluator().evaluate(checklist, context);
    }

    @Test
    void shouldEndEveryItemThatNeedsTheWorkspaceInAnErrorNamingItAndTheHint() throws InterruptedException {
        ChecklistResult result = evaluateWithoutWorkspace();

        Map<String, ItemResult> byId = result.items().stream().collect(Collectors.toMap(ItemResult::id, item -> item));
        for (String id : NEED_THE_WORKSPACE) {
            assertThat(byId.get(id)).as(id).satisfies(item -> {
                assertThat(item.status()).isEqualTo(ItemStatus.ERROR);
                assertThat(item.evidence())
                        .startsWith("Item '" + id + "' (")
                        .contains("needs the workspace, as it reads files or runs a command")
                        .endsWith(HINT);
            });
        }
        assertThat(byId.get("backup").evidence()).startsWith("Item 'backup' (command) needs the workspace");
        assertThat(result.blockingFailures()).extracting(ItemResult::id).containsExactlyElementsOf(NEED_THE_WORKSPACE);
    }

    @Test
    void shouldEvaluateSignOffsTheWindowAndTheStagingLookupWithoutAWorkspace() throws InterruptedException {
        ChecklistResult result = evaluateWithoutWorkspace();

        assertThat(result.item("window").orElseThrow().status()).isEqualTo(ItemStatus.PASSED);
        assertThat(result.item("staged").orElseThrow().status()).isEqualTo(ItemStatus.PASSED);
        assertThat(result.item("security").orElseThrow().status()).isEqualTo(ItemStatus.PENDING);
        assertThat(result.pending()).extracting(ItemResult::id).containsExactly("security");
    }
}
