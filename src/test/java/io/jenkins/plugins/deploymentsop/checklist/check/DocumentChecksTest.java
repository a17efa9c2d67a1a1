package io.jenkins.plugins.deploymentsop.checklist.check;

import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.check;
import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.context;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.ItemStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changelog entries and required documents. */
class DocumentChecksTest {
    private static final String KEEP_A_CHANGELOG = String.join(
            "\n",
            "# Changelog",
            "All notable changes to this project will be documented in this file.",
            "",
            "## [Unreleased]",
            "",
            "## [1.4.0] - 2026-03-02",
            "### Added",
            "- One-click checkout behind the `one-click-buy` flag.",
            "### Fixed",
            "- Rounding of percentage discounts (#412).",
            "",
            "## [1.3.2] - 2026-01-10",
            "### Fixed",
            "- Cart total with tax.",
            "",
            "[1.4.0]: https://git.example.com/shop/compare/v1.3.2...v1.4.0",
            "[1.3.2]: https://git.example.com/shop/compare/v1.3.1...v1.3.2");

    @TempDir
    private Path workspace;

    @Test
    void shouldFindKeepAChangelogEntriesOfTheRelease() throws Exception {
        Files.writeString(workspace.resolve("CHANGELOG.md"), KEEP_A_CHANGELOG);

        CheckOutcome outcome =
                check("type: changelog").evaluate(context(workspace).build());

        assertThat(outcome)
                .hasToString("PASSED: CHANGELOG.md line 6: '## [1.4.0] - 2026-03-02' with 2 lines of changes");
    }

    @Test
    void shouldRecognizeTheHeadingStylesOfRealChangelogs() {
        assertThat(find("## 1.4.0\n- fix")).isTrue();
        assertThat(find("## v1.4.0 - 2026-03-02\n- fix")).isTrue();
        assertThat(find("## [1.4.0](https://github.com/acme/shop/compare/v1.3.0...v1.4.0) (2026-03-02)\n* fix"))
                .isTrue();
        assertThat(find("### [1.4.0](https://github.com/acme/shop/compare/v1.3.9...v1.4.0) (2026-03-02)\n* fix"))
                .isTrue();
        assertThat(find("# Version 1.4.0\n- fix")).isTrue();
        assertThat(find("## 1.4.0-rc1\n- fix")).isFalse();
        assertThat(find("## 11.4.0\n- fix")).isFalse();
        assertThat(find("## 1.4.01\n- fix")).isFalse();
        assertThat(find("Released 1.4.0 today\n- fix")).isFalse();
        assertThat(find("```\n## 1.4.0\n```\n")).isFalse();
        assertThat(ChangelogScanner.find(lines("## v1.4.0\n- fix"), "v1.4.0")).isPresent();
    }

    @Test
    void shouldWarnAboutAnEntryWithoutChanges() throws Exception {
        Files.writeString(
                workspace.resolve("CHANGELOG.md"),
                "# Changelog\n\n## [1.4.0] - 2026-03-02\n### Added\n\n<!-- fill in -->\n\n## [1.3.2] - 2026-01-10\n- x\n");

        CheckOutcome outcome =
                check("type: changelog").evaluate(context(workspace).build());

        assertThat(outcome.status()).isEqualTo(ItemStatus.WARNING);
        assertThat(outcome.evidence())
                .isEqualTo("CHANGELOG.md line 3: the entry '## [1.4.0] - 2026-03-02' has no content: list the changes"
                        + " of 1.4.0 under it");
    }

    @Test
    void shouldFailWithoutAnEntryShowingTheLatestOne() throws Exception {
        Files.writeString(workspace.resolve("CHANGELOG.md"), KEEP_A_CHANGELOG);

        CheckOutcome outcome = check("type: changelog\nversion: 1.5.0")
                .evaluate(context(workspace).build());

        assertThat(outcome.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(outcome.evidence())
                .isEqualTo("CHANGELOG.md has no entry for 1.5.0 (latest entry: '## [1.4.0] - 2026-03-02' at line 6);"
                        + " are the changes still under '[Unreleased]'?");
        assertThat(check("type: changelog\nfile: docs/CHANGES.md")
                        .evaluate(context(workspace).build()))
                .hasToString("FAILED: File not found: docs/CHANGES.md");
        assertThat(check("type: changelog")
                        .evaluate(context(workspace).release("").build())
                        .status())
                .isEqualTo(ItemStatus.ERROR);
    }

    @Test
    void shouldRequireDocumentsThatExistAndAreNotBlank() throws Exception {
        Files.createDirectories(workspace.resolve("docs/release-notes"));
        Files.writeString(workspace.resolve("docs/runbook.md"), "# Runbook\n1. Drain the node\n");
        Files.writeString(workspace.resolve("docs/rollback-plan.md"), "  \n\n");
        Files.writeString(workspace.resolve("docs/release-notes/1.4.0.md"), "# 1.4.0\nOne-click checkout\n");

        CheckOutcome outcome = check("type: documents\nfiles: [docs/runbook.md, docs/rollback-plan.md,"
                        + " 'docs/release-notes/${release}.md', docs/retro/*.md]")
                .evaluate(context(workspace).build());

        assertThat(outcome.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(outcome.evidence())
                .isEqualTo("2 of 4 documents not usable; missing: docs/retro/*.md; empty: docs/rollback-plan.md");

        Files.writeString(workspace.resolve("docs/rollback-plan.md"), "Switch traffic back to blue.\n");
        CheckOutcome passed = check("type: documents\nfiles: [docs/runbook.md, 'docs/*-plan.md',"
                        + " 'docs/release-notes/${release}.md']")
                .evaluate(context(workspace).build());
        assertThat(passed.status()).isEqualTo(ItemStatus.PASSED);
        assertThat(passed.evidence())
                .isEqualTo("3 of 3 documents present: docs/runbook.md (28 B), docs/rollback-plan.md (29 B),"
                        + " docs/release-notes/1.4.0.md (27 B)");
    }

    @Test
    void shouldRefuseDocumentsOutsideTheWorkspaceEvenThroughLinks() throws Exception {
        Path outside = Files.createTempFile("secret", ".md");
        try {
            Files.writeString(outside, "secret");
            Files.createSymbolicLink(workspace.resolve("runbook.md"), outside);

            CheckOutcome outcome = check("type: documents\nfiles: [runbook.md]")
                    .evaluate(context(workspace).build());

            assertThat(outcome.status()).isEqualTo(ItemStatus.ERROR);
            assertThat(outcome.evidence()).contains("'runbook.md'").contains("link leading to");
        } finally {
            Files.delete(outside);
        }
    }

    private static boolean find(final String changelog) {
        return ChangelogScanner.find(lines(changelog), "1.4.0").isPresent();
    }

    private static List<String> lines(final String text) {
        return Arrays.asList(text.split("\n"));
    }
}
