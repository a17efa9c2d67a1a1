package io.jenkins.plugins.deploymentsop.checklist.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.checklist.Checklist;
import io.jenkins.plugins.deploymentsop.checklist.ChecklistItem;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example shipped in {@code examples/deploy/checklist.yaml} must stay valid. */
class ExampleChecklistTest {
    @Test
    void shouldMergeTheExampleWithTheStandardTemplateWithoutProblems() {
        Checklist checklist = ChecklistBuilder.create()
                .template(DeploymentType.STANDARD)
                .file(Path.of("examples/deploy/checklist.yaml"), "deploy/checklist.yaml")
                .build();

        assertThat(checklist.problems()).isEmpty();
        assertThat(checklist.items())
                .extracting(ChecklistItem::id)
                .containsExactly(
                        "tests",
                        "coverage",
                        "review-score",
                        "vulnerabilities",
                        "changelog",
                        "runbook",
                        "rollback-plan",
                        "release-notes",
                        "health",
                        "deployment-window",
                        "certificate",
                        "backup-verified",
                        "migrations-dry-run",
                        "error-rate-baseline",
                        "artifacts-intact",
                        "staged-first",
                        "stakeholders-notified",
                        "support-briefed",
                        "product-owner-approval");
        assertThat(checklist.waivers().groups()).containsExactly("release-managers");
    }
}
