package io.jenkins.plugins.deploymentsop.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.checklist.check.CheckType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/sop-traceability.md maps every checklist item of the SOP documents in docs/sop to what covers it, and every
 * name it gives in backticks exists in the code: a step and its parameters, a symbol and its parameters, a check
 * type and its fields, a template item, a default rollback rule, a report section, a class and its members.
 */
class SopTraceabilityTest {
    private static final Path SOPS = Path.of("docs/sop");
    private static final Path PAGE = Path.of("docs/sop-traceability.md");

    private static CodeNames code;

    @BeforeAll
    static void readCode() throws IOException {
        code = CodeNames.read();
    }

    private static TraceabilityPage page() throws IOException {
        return TraceabilityPage.parse(Files.readString(PAGE, StandardCharsets.UTF_8));
    }

    @Test
    void shouldReadTheItemsOfAllFiveSops() throws IOException {
        List<SopItem> items = SopItem.readAll(SOPS);

        assertThat(items).hasSize(209);
        assertThat(items.stream().map(item -> item.source().substring(0, 3)).distinct())
                .containsExactly("000", "001", "002", "003", "004");
        assertThat(items).contains(new SopItem("001:32", "Test coverage >= 80%"));
    }

    @Test
    void shouldMapEverySopItemExactlyOnceWithItsText() throws IOException {
        assertThat(TraceabilityCheck.unmappedItems(SopItem.readAll(SOPS), page()))
                .as("SOP items without their row in %s", PAGE)
                .isEmpty();
    }

    @Test
    void shouldGiveEveryRowAKindAndAMapping() throws IOException {
        TraceabilityPage page = page();

        assertThat(page.rows()).hasSizeGreaterThan(200);
        assertThat(TraceabilityCheck.incompleteRows(page)).isEmpty();
        assertThat(TraceabilityCheck.wrongCounts(page)).isEmpty();
    }

    @Test
    void shouldNameOnlyThingsThatExistInTheCode() throws IOException {
        assertThat(TraceabilityCheck.unknownNames(page(), code))
                .as("names in backticks in %s that the code does not have", PAGE)
                .isEmpty();
    }

    @Test
    void shouldKnowEveryCheckTypeOfTheRegistry() {
        assertThat(code.checkTypeNames())
                .isEqualTo(Arrays.stream(CheckType.values())
                        .map(CheckType::typeName)
                        .collect(Collectors.toSet()));
    }

    @Test
    void shouldAcceptEveryFormOfTheMarkup() throws IOException {
        for (String name : List.of(
                "preDeployChecklist",
                "blueGreenDeploy.stepWait",
                "canaryPromote(steps: [5, 25, 75, 100], interval: '30m')",
                "coverage(minimum: 80, minimumBranch: 70)",
                "manual(id: 'uat, sign-off', groups: 'qa')",
                "prometheus(url: 'http://x', errorRate: 'sum(x{a=\"b\"})')",
                "prometheus(url: 'http://x', credentialsId: 'token')",
                "type: window",
                "window.notBeforeWeekend",
                "reviewScore.pointer",
                "hotfix.yaml: tech-lead-approval",
                "rule: error-rate-p1",
                "§ Execution log",
                "§ Key Metrics",
                "§ Deployment Decisions",
                "§ Change failure rate",
                "BlueGreenPhase.VALIDATING",
                "DeploymentRecord.deriveOutcome",
                "'**/TEST-*.xml'")) {
            assertThat(code.problem(name)).as(name).isEmpty();
        }
    }

    @Test
    void shouldRejectNamesTheCodeDoesNotHave() throws IOException {
        assertThat(code.problem("blueGreenDeploy.trafficStep")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("step 'blueGreenDeploy' has no parameter 'trafficStep'"));
        assertThat(code.problem("deployToGreen"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("no step 'deployToGreen'"));
        assertThat(code.problem("coverage(minimun: 80)"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("'coverage' has no parameter [minimun]"));
        assertThat(code.problem("prometheus(url: 'x', latencyP99: 'q')")).isPresent();
        assertThat(code.problem("smokeTest(url: 'x')")).isPresent();
        assertThat(code.problem("type: smoke"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("no check type 'smoke'"));
        assertThat(code.problem("window.blackout")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("check type 'window' reads no field 'blackout'"));
        assertThat(code.problem("standard.yaml: tech-lead-approval")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("template standard.yaml has no item 'tech-lead-approval'"));
        assertThat(code.problem("canary.yaml: tests")).isPresent();
        assertThat(code.problem("rule: error-rate-p2")).isPresent();
        assertThat(code.problem("§ Deployment Checklist")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("no section or page has the title 'Deployment Checklist'"));
        assertThat(code.problem("BlueGreenPhase.PAUSED")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("class BlueGreenPhase has no member 'PAUSED'"));
        assertThat(code.problem("RollbackButton")).isPresent();
        assertThat(code.problem("docs/runbook.md"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("not written in one of the page's forms"));
    }

    @Test
    void shouldReportEveryWayAPageCanBeWrong() throws IOException {
        List<SopItem> items = SopItem.read(
                "001",
                String.join(
                        "\n",
                        "### Code Quality Gates",
                        "- [ ] All tests pass (unit, integration, E2E)",
                        "- [ ] Test coverage >= 80%",
                        "- [ ] Code review score >= 90/100",
                        "- [ ] Monitor user complaints"));
        TraceabilityPage page = TraceabilityPage.parse(
                String.join(
                        "\n",
                        "| kind | items | meaning |",
                        "|---|---|---|",
                        "| check | 3 | |",
                        "| not covered | 0 | |",
                        "",
                        "| SOP file:line | item | covered by | kind |",
                        "|---|---|---|---|",
                        "| 001:2 | All tests pass (unit, integration, E2E) | `standard.yaml: tests` | check |",
                        "| 001:3 | Test coverage >= 75% | `coverage(minimum: 80)` | check |",
                        "| 001:9 | Rollback tested | `rollbackIfUnhealthy.dryRun` | step |",
                        "| 001:5 | Monitor user complaints | | not covered |",
                        "| 001:2 | All tests pass (unit, integration, E2E) | `tests(resuls: 'x')` and `§ Smoke Test Results` | checked |"));

        assertThat(TraceabilityCheck.unmappedItems(items, page))
                .containsExactlyInAnyOrder(
                        "001:2 has more than one row (line 12)",
                        "001:3 reads 'Test coverage >= 80%', but its row (line 9) says 'Test coverage >= 75%'",
                        "001:4 'Code review score >= 90/100' has no row",
                        "001:9 (line 10) is no checklist item of the SOPs");
        assertThat(TraceabilityCheck.incompleteRows(page))
                .containsExactly(
                        "line 11 (001:5): says why nothing covers it",
                        "line 12 (001:2): unknown kind 'checked', allowed: " + TraceabilityCheck.KINDS);
        assertThat(TraceabilityCheck.wrongCounts(page))
                .contains(
                        "the summary counts 3 items of kind 'check', the rows 2",
                        "the summary counts 0 items of kind 'not covered', the rows 1",
                        "the summary counts -1 items of kind 'step', the rows 1");
        assertThat(TraceabilityCheck.unknownNames(page, code))
                .containsExactly(
                        "line 12 (001:2): `tests(resuls: 'x')`: 'tests' has no parameter [resuls]",
                        "line 12 (001:2): `§ Smoke Test Results`: no section or page has the title 'Smoke Test Results'");
    }

    @Test
    void shouldRequireCoveredRowsToNameTheCode() {
        TraceabilityPage page = TraceabilityPage.parse(String.join(
                "\n",
                "| 000:41 | UAT signed off | a person confirms it | sign-off (add) |",
                "| 000:43 | Deployment runbook reviewed | `'docs/runbook.md'` exists | check |"));

        assertThat(TraceabilityCheck.incompleteRows(page))
                .containsExactly(
                        "line 1 (000:41): names nothing in the code that covers it",
                        "line 2 (000:43): names nothing in the code that covers it");
        assertThat(Set.copyOf(page.rows().get(1).references())).containsExactly("'docs/runbook.md'");
    }
}
