package io.jenkins.plugins.deploymentsop.checklist.check;

import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.check;
import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.context;
import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.LocalCommandRunner;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Runbook reviewed and updated" asked of a real git repository: the release v1.3.0 was tagged on 2025-12-01, the
 * runbook was updated on 2026-02-20 for the next release, the rollback plan was not touched since 2025-11-01. The
 * checklist's clock says 2026-03-03. Needs the {@code git} program (Debian package {@code git}); fails without it.
 */
class DocumentFreshnessTest {
    @TempDir
    private Path workspace;

    @TempDir
    private Path home;

    private LocalCommandRunner shell;

    @BeforeEach
    void createTheRepository() throws Exception {
        shell = new LocalCommandRunner(workspace);
        git("init", "-q");
        Files.createDirectories(workspace.resolve("docs"));
        Files.writeString(workspace.resolve("docs/runbook.md"), "# Runbook\nRestart with ./restart.sh\n");
        Files.writeString(workspace.resolve("docs/rollback-plan.md"), "# Rollback\nSwitch the router back.\n");
        commit("2025-11-01T09:00:00Z", "first documents");
        Files.writeString(workspace.resolve("README.md"), "shop\n");
        commit("2025-12-01T09:00:00Z", "release 1.3.0");
        git("tag", "v1.3.0");
        Files.writeString(workspace.resolve("docs/runbook.md"), "# Runbook\nRestart with ./restart.sh --graceful\n");
        commit("2026-02-20T09:00:00Z", "runbook for 1.4.0");
    }

    private void commit(final String date, final String message) throws Exception {
        git("add", "-A");
        CommandResult result = shell.run(
                List.of(
                        "git",
                        "-c",
                        "user.name=Alice",
                        "-c",
                        "user.email=alice@example.com",
                        "commit",
                        "-q",
                        "-m",
                        message),
                Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date, "HOME", home.toString()),
                Duration.ofSeconds(30));
        assertThat(result.isSuccess()).as("git commit: %s", result.output()).isTrue();
    }

    private void git(final String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        CommandResult result = shell.run(command, Map.of("HOME", home.toString()), Duration.ofSeconds(30));
        assertThat(result.isSuccess())
                .as("git %s: %s", List.of(arguments), result.output())
                .isTrue();
    }

    private CheckOutcome evaluate(final String fields) {
        return check(fields).evaluate(context(workspace).build());
    }

    @Test
    void shouldPassADocumentUpdatedSinceTheLastReleaseAndNameOneThatWasNot() {
        assertThat(evaluate("type: documents\nfiles: [docs/runbook.md]\nchangedSince: v1.3.0"))
                .hasToString("PASSED: 1 of 1 documents present: docs/runbook.md (47 B); all updated since v1.3.0");

        assertThat(evaluate("type: documents\nfiles: [docs/runbook.md, docs/rollback-plan.md]\nchangedSince: v1.3.0")
                        .toString())
                .startsWith("FAILED: 1 of 2 documents not updated since v1.3.0: docs/rollback-plan.md is unchanged"
                        + " since v1.3.0");
    }

    @Test
    void shouldCountAChangeNotCommittedYet() throws Exception {
        Files.writeString(workspace.resolve("docs/rollback-plan.md"), "# Rollback\nSwitch the router back, then\n");

        assertThat(evaluate("type: documents\nfiles: [docs/rollback-plan.md]\nchangedSince: v1.3.0")
                        .toString())
                .startsWith("PASSED:");
    }

    @Test
    void shouldAskHowRecentlyACommitTouchedEachDocument() {
        assertThat(evaluate("type: documents\nfiles: [docs/runbook.md]\nchangedWithin: 30d")
                        .toString())
                .startsWith("PASSED:")
                .endsWith("all updated within 30d");

        assertThat(evaluate("type: documents\nfiles: [docs/*.md]\nchangedWithin: 30d")
                        .toString())
                .as("a pattern: the first non-empty match counts")
                .startsWith("PASSED:");
        assertThat(evaluate("type: documents\nfiles: [docs/rollback-plan.md, docs/runbook.md]\n"
                                + "changedSince: v1.3.0\nchangedWithin: 90d")
                        .toString())
                .isEqualTo("FAILED: 1 of 2 documents not updated since v1.3.0 and within 90d: docs/rollback-plan.md is"
                        + " unchanged since v1.3.0");
        assertThat(evaluate("type: documents\nfiles: [docs/rollback-plan.md]\nchangedWithin: 90d")
                        .toString())
                .isEqualTo("FAILED: 1 of 1 documents not updated within 90d: docs/rollback-plan.md was last committed"
                        + " 2025-11-01T09:00:00Z, 122 days ago");
    }

    @Test
    void shouldNameADocumentNoCommitTouched() throws Exception {
        Files.writeString(workspace.resolve("docs/new-runbook.md"), "# New\n");

        assertThat(evaluate("type: documents\nfiles: [docs/new-runbook.md]\nchangedWithin: 90d")
                        .toString())
                .endsWith("docs/new-runbook.md has no commit");
    }

    @Test
    void shouldBeAnErrorWhenGitCannotTell() {
        CheckOutcome unknownTag = evaluate("type: documents\nfiles: [docs/runbook.md]\nchangedSince: v9.9.9");

        assertThat(unknownTag.toString())
                .startsWith("ERROR: 1 of 1 documents present: docs/runbook.md (47 B); cannot tell whether they were"
                        + " updated: git exited with 128");
    }

    @Test
    void shouldTakeOnlyAPlainRevisionSoThatItCanNeverBeAnOption() {
        assertThat(problem("type: documents\nfiles: [docs/runbook.md]\nchangedSince: --output=/tmp/x"))
                .contains("'changedSince': '--output=/tmp/x'", "a git revision");
        assertThat(problem("type: documents\nfiles: [docs/runbook.md]\nchangedSince: v1.2.0..v1.3.0"))
                .contains("no range");
        assertThat(problem("type: documents\nfiles: [docs/runbook.md]\nchangedWithin: 0d"))
                .contains("'changedWithin'", "above 0");
        assertThatThrownBy(() -> DocumentsCheck.checkRevision("changedSince", "HEAD~3 v1"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(DocumentsCheck.checkRevision("changedSince", " release/1.3^ "))
                .isEqualTo("release/1.3^");
    }
}
