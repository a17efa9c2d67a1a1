package io.jenkins.plugins.deploymentsop.checklist.check;

import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.check;
import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.context;
import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.copy;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.ItemStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCheckTest {
    @TempDir
    private Path workspace;

    @Test
    void shouldPassLineCoverageAtTheDefault80Percent() throws Exception {
        copy(workspace, "coverage/jacoco.xml", "target/site/jacoco/jacoco.xml");

        CheckOutcome outcome = check("type: coverage\nreports: '**/jacoco.xml'")
                .evaluate(context(workspace).build());

        assertThat(outcome.status()).isEqualTo(ItemStatus.PASSED);
        assertThat(outcome.evidence())
                .isEqualTo("Coverage: line 84.5% (169 of 200) >= 80%, branch 76.66% (JaCoCo, 1 report)");
    }

    @Test
    void shouldFailBelowTheBranchThresholdAndSumSeveralFormats() throws Exception {
        copy(workspace, "coverage/jacoco.xml", "api/target/site/jacoco/jacoco.xml");
        copy(workspace, "coverage/lcov.info", "web/coverage/lcov.info");

        CheckOutcome outcome = check("type: coverage\nreports: ['**/jacoco.xml', '**/lcov.info']\nminimumBranch: 80")
                .evaluate(context(workspace).build());

        assertThat(outcome.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(outcome.evidence())
                .isEqualTo("Coverage: line 84.13% (175 of 208) >= 80%, branch 75% (48 of 64) < 80%"
                        + " (JaCoCo + LCOV, 2 reports)");
    }

    @Test
    void shouldFailWithoutLineDataButIgnoreTheBranchThresholdWithoutBranches() throws Exception {
        copy(workspace, "coverage/jacoco-empty.xml", "jacoco.xml");
        CheckOutcome empty = check("type: coverage\nreports: jacoco.xml")
                .evaluate(context(workspace).build());
        assertThat(empty.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(empty.evidence()).startsWith("No line coverage data in the reports (JaCoCo, 1 report)");

        copy(workspace, "coverage/coverage-py.xml", "coverage.xml");
        CheckOutcome noBranches = check("type: coverage\nreports: coverage.xml\nminimumBranch: 70")
                .evaluate(context(workspace).build());
        assertThat(noBranches.status()).isEqualTo(ItemStatus.PASSED);
        assertThat(noBranches.evidence())
                .contains("line 82.5% (99 of 120) >= 80%")
                .contains("branch: no branches in the reports (minimum 70% does not apply)");
    }

    @Test
    void shouldBeAnErrorForUnsupportedReports() throws Exception {
        copy(workspace, "coverage/clover.xml", "build/clover.xml");

        CheckOutcome outcome = check("type: coverage\nreports: build/clover.xml")
                .evaluate(context(workspace).build());

        assertThat(outcome.status()).isEqualTo(ItemStatus.ERROR);
        assertThat(outcome.evidence()).startsWith("build/clover.xml line 2").contains("Clover XML is not supported");
    }

    @Test
    void shouldRejectThresholdsOutsideZeroToHundred() {
        assertThat(TestItems.problem("type: coverage\nreports: a.xml\nminimum: 180"))
                .isEqualTo("checklist.yaml line 6, column 14: item 'item': Invalid value for 'minimum': '180'"
                        + " (allowed: a number from 0 to 100)");
    }
}
