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

class VulnerabilitiesCheckTest {
    @TempDir
    private Path workspace;

    @Test
    void shouldFailAtHighByDefaultListingTheWorstFindings() throws Exception {
        copy(workspace, "vulnerabilities/trivy.json", "build/reports/trivy.json");

        CheckOutcome outcome = check("type: vulnerabilities\nreports: build/reports/*.json")
                .evaluate(context(workspace).build());

        assertThat(outcome.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(outcome.evidence())
                .isEqualTo("4 findings at or above high: 2 critical, 2 high, 2 medium, 1 low in 1 report (Trivy);"
                        + " CVE-2024-22243 (critical 9.8) in org.springframework:spring-web@6.1.3: springframework:"
                        + " URL Parsing with Host Validation; aws-access-key-id (critical) in"
                        + " app/config/application.yml:12: AWS Access Key ID; CVE-2022-1471 (high 9.8) in"
                        + " org.yaml:snakeyaml@1.33: SnakeYaml: Constructor Deserialization Remote Code Execution");
        assertThat(outcome.details().counts()).containsEntry("critical", 2L).containsEntry("high", 2L);
    }

    @Test
    void shouldPassBelowTheThresholdAndHonourTheIgnoreList() throws Exception {
        copy(workspace, "vulnerabilities/grype.json", "grype.json");

        CheckOutcome ignored = check("type: vulnerabilities\nreports: grype.json\nignore: [CVE-2022-1471]")
                .evaluate(context(workspace).build());
        assertThat(ignored.status()).isEqualTo(ItemStatus.PASSED);
        assertThat(ignored.evidence())
                .isEqualTo("No finding at or above high: 1 medium, 1 low, 1 negligible in 1 report (grype 0.74.7),"
                        + " 1 suppressed by the scanner, 1 ignored by this item");

        CheckOutcome critical = check("type: vulnerabilities\nreports: grype.json\nfailAt: critical")
                .evaluate(context(workspace).build());
        assertThat(critical.status()).isEqualTo(ItemStatus.PASSED);
    }

    @Test
    void shouldFailOnUnknownSeverityOnlyWhenAsked() throws Exception {
        copy(workspace, "vulnerabilities/dependency-check-report.json", "target/dependency-check-report.json");

        CheckOutcome unknown = check("type: vulnerabilities\nreports: '**/dependency-check-report.json'\n"
                        + "failAt: critical\nignore: [CVE-2021-44228]\nfailOnUnknown: true")
                .evaluate(context(workspace).build());

        assertThat(unknown.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(unknown.evidence())
                .startsWith("1 finding at or above critical or of unknown severity")
                .contains("CVE-2022-45868 (unknown 0.0) in pkg:maven/com.h2database/h2@2.1.210");
    }

    @Test
    void shouldBeAnErrorForFilesOfAnotherKind() throws Exception {
        copy(workspace, "vulnerabilities/not-a-scan.json", "package.json");

        CheckOutcome outcome = check("type: vulnerabilities\nreports: package.json")
                .evaluate(context(workspace).build());

        assertThat(outcome.status()).isEqualTo(ItemStatus.ERROR);
        assertThat(outcome.evidence()).startsWith("package.json: not a recognized vulnerability report");
        assertThat(TestItems.problem("type: vulnerabilities\nreports: a.json\nfailAt: severe"))
                .contains("Invalid value for 'failAt': 'severe' (allowed: one of critical, high, medium, low,"
                        + " negligible)");
    }
}
