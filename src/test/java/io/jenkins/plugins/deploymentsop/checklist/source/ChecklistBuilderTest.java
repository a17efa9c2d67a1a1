package io.jenkins.plugins.deploymentsop.checklist.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.checklist.Checklist;
import io.jenkins.plugins.deploymentsop.checklist.ChecklistItem;
import io.jenkins.plugins.deploymentsop.checklist.Severity;
import io.jenkins.plugins.deploymentsop.checklist.check.CoverageCheck;
import io.jenkins.plugins.deploymentsop.checklist.check.DocumentsCheck;
import io.jenkins.plugins.deploymentsop.checklist.check.InvalidItemCheck;
import io.jenkins.plugins.deploymentsop.checklist.check.TestsCheck;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChecklistBuilderTest {
    private static final String FILE = "deploy/checklist.yaml";

    @Test
    void shouldOverrideOnlyTheGivenFieldsOfATemplateItemInPlace() {
        Checklist checklist = ChecklistBuilder.create()
                .template(DeploymentType.STANDARD)
                .add(ChecklistFileReader.parse(
                        "version: 1\nitems:\n  - id: coverage\n    minimum: 70\n    severity: warning\n"
                                + "  - id: health\n    url: https://shop.example.com/health\n",
                        FILE))
                .build();

        assertThat(checklist.problems()).isEmpty();
        ChecklistItem coverage = checklist.item("coverage").orElseThrow();
        assertThat(coverage.severity()).isEqualTo(Severity.WARNING);
        assertThat(((CoverageCheck) coverage.check()).minimum()).isEqualTo(Percentage.of(70));
        assertThat(coverage.title()).isEqualTo("Test coverage >= 80%");
        assertThat(coverage.origin())
                .isEqualTo(FILE + " line 3, column 5 (overriding template 'standard' line 20," + " column 5)");
        assertThat(checklist.items()).extracting(ChecklistItem::id).startsWith("tests", "coverage", "review-score");
        assertThat(checklist.notes())
                .containsExactly(
                        "Item 'coverage' of template 'standard' is overridden by " + FILE + " line 3, column 5",
                        "Item 'health' of template 'standard' is overridden by " + FILE + " line 6, column 5");
    }

    @Test
    void shouldReplaceAnItemGivenWithAnotherTypeAndLetPipelineItemsWin() {
        Checklist checklist = ChecklistBuilder.create()
                .template(DeploymentType.FEATURE_FLAG)
                .add(ChecklistFileReader.parse(
                        "version: 1\nitems:\n  - id: tests\n    type: documents\n    files: [TESTING.md]\n"
                                + "  - id: smoke\n    type: tests\n    results: smoke/*.xml\n",
                        FILE))
                .pipelineItems(List.of(Map.of("id", "smoke", "minimumPassRate", 95)))
                .build();

        assertThat(checklist.item("tests").orElseThrow().check()).isInstanceOf(DocumentsCheck.class);
        TestsCheck smoke = (TestsCheck) checklist.item("smoke").orElseThrow().check();
        assertThat(smoke.results()).containsExactly("smoke/*.xml");
        assertThat(smoke.minimumPassRate()).isEqualTo(Percentage.of(95));
        assertThat(checklist.items())
                .extracting(ChecklistItem::id)
                .containsExactly("tests", "health", "flag-default-off", "smoke");
    }

    @Test
    void shouldRemoveDisabledItemsAndSayWhere() {
        Checklist checklist = ChecklistBuilder.create()
                .template(DeploymentType.STANDARD)
                .pipelineItems(List.of(Map.of("id", "review-score", "enabled", false)))
                .build();

        assertThat(checklist.item("review-score")).isEmpty();
        assertThat(checklist.notes())
                .contains("Item 'review-score' is disabled by Pipeline items[0] (overriding"
                        + " template 'standard' line 27, column 5)");
    }

    @Test
    void shouldExplainTemplateItemsThatNeedConfiguration() {
        Checklist checklist =
                ChecklistBuilder.create().template(DeploymentType.STANDARD).build();

        assertThat(checklist.item("health").orElseThrow().check()).isInstanceOf(InvalidItemCheck.class);
        assertThat(checklist.problems())
                .containsExactly("template 'standard' line 71, column 5: item 'health': missing field 'url': the"
                        + " endpoint, e.g. https://shop.example.com/health (this item comes from the template"
                        + " 'standard': add an item with id 'health' and the missing fields to the checklist file or"
                        + " the Pipeline items, or set 'enabled: false' there)");
    }
}
