package io.jenkins.plugins.deploymentsop.checklist.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.checklist.Checklist;
import io.jenkins.plugins.deploymentsop.checklist.ChecklistItem;
import io.jenkins.plugins.deploymentsop.checklist.ItemGroup;
import io.jenkins.plugins.deploymentsop.checklist.Severity;
import io.jenkins.plugins.deploymentsop.checklist.check.CheckType;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TemplatesTest {
    /** What each template needs from the repository before it can run: the health URL, the flag's place. */
    private static final List<Map<String, ?>> CONFIGURATION = List.of(
            Map.of("id", "health", "url", "https://shop.example.com/health"),
            Map.of("id", "flag-default-off", "pointer", "/flags/new-checkout/default"));

    @ParameterizedTest
    @EnumSource(DeploymentType.class)
    void shouldBuildEveryTemplateOnceConfigured(final DeploymentType type) {
        Checklist checklist = ChecklistBuilder.create()
                .template(type)
                .pipelineItems(type == DeploymentType.FEATURE_FLAG ? CONFIGURATION : CONFIGURATION.subList(0, 1))
                .build();

        assertThat(checklist.problems()).isEmpty();
        assertThat(Templates.text(type)).contains("SOP sources");
    }

    @Test
    void shouldAutomateEveryGateOfAStandardDeployment() {
        Checklist checklist = configured(DeploymentType.STANDARD);

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
                        "deployment-window");
        assertThat(checklist.items())
                .noneMatch(item -> item.check().manualPolicy().isPresent());
        assertThat(checklist.items()).allMatch(item -> item.severity() == Severity.BLOCKING);
        assertThat(checklist.items())
                .extracting(ChecklistItem::group)
                .contains(
                        ItemGroup.CODE_QUALITY,
                        ItemGroup.DOCUMENTATION,
                        ItemGroup.INFRASTRUCTURE,
                        ItemGroup.COMMUNICATION,
                        ItemGroup.WINDOW);
    }

    @Test
    void shouldRequireTheTechLeadAndOnlyWarnAboutDocumentationForAHotfix() {
        Checklist checklist = configured(DeploymentType.HOTFIX);

        ChecklistItem approval = checklist.item("tech-lead-approval").orElseThrow();
        assertThat(approval.check().type()).isEqualTo(CheckType.MANUAL.typeName());
        assertThat(approval.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(approval.group()).isEqualTo(ItemGroup.APPROVALS);
        assertThat(checklist.items())
                .filteredOn(item ->
                        item.group() == ItemGroup.DOCUMENTATION || item.id().equals("release-notes"))
                .isNotEmpty()
                .allMatch(item -> item.severity() == Severity.WARNING);
        assertThat(checklist.item("tests").orElseThrow().severity()).isEqualTo(Severity.BLOCKING);
    }

    @Test
    void shouldCheckOnlyTestsHealthAndTheFlagForAFeatureFlagDeployment() {
        Checklist checklist = configured(DeploymentType.FEATURE_FLAG);

        assertThat(checklist.items())
                .extracting(item -> item.check().type())
                .containsExactly("tests", "http", "flagOff");
    }

    private static Checklist configured(final DeploymentType type) {
        return ChecklistBuilder.create()
                .template(type)
                .pipelineItems(CONFIGURATION.subList(0, 1))
                .build();
    }
}
