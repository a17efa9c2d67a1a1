package io.jenkins.plugins.deploymentsop.checklist.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.checklist.Checklist;
import io.jenkins.plugins.deploymentsop.checklist.ChecklistItem;
import io.jenkins.plugins.deploymentsop.checklist.ItemGroup;
import io.jenkins.plugins.deploymentsop.checklist.Severity;
import io.jenkins.plugins.deploymentsop.checklist.check.InvalidItemCheck;
import io.jenkins.plugins.deploymentsop.checklist.config.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistFileReaderTest {
    private static final String FILE = "deploy/checklist.yaml";

    @Test
    void shouldReadItemsWithCommonFieldsAndDefaults() {
        Checklist checklist = build(String.join(
                "\n",
                "version: 1",
                "name: shop",
                "waivers:",
                "  users: [alice]",
                "items:",
                "  - id: unit-tests",
                "    type: tests",
                "    results: '**/TEST-*.xml'",
                "  - id: docs",
                "    type: documents",
                "    title: Runbook and rollback plan",
                "    group: communication",
                "    severity: warning",
                "    files: [docs/runbook.md]"));

        assertThat(checklist.problems()).isEmpty();
        ChecklistItem tests = checklist.items().get(0);
        assertThat(tests.title()).isEqualTo("All tests pass");
        assertThat(tests.group()).isEqualTo(ItemGroup.CODE_QUALITY);
        assertThat(tests.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(tests.origin()).isEqualTo(FILE + " line 6, column 5");
        ChecklistItem docs = checklist.items().get(1);
        assertThat(docs.group()).isEqualTo(ItemGroup.COMMUNICATION);
        assertThat(docs.severity()).isEqualTo(Severity.WARNING);
        assertThat(checklist.waivers().users()).containsExactly("alice");
    }

    @Test
    void shouldTurnItemMistakesIntoLocatedErrorsNamingTheItem() {
        Checklist checklist = build(String.join(
                "\n",
                "version: 1",
                "items:",
                "  - id: tests",
                "    type: tests",
                "    results: '**/TEST-*.xml'",
                "    minimumPassrate: 95",
                "  - id: scan",
                "    type: sbom",
                "  - id: coverage",
                "    type: coverage",
                "    reports: jacoco.xml",
                "    severity: fatal",
                "  - id: bad id!",
                "    type: tests",
                "    results: x.xml",
                "  - type: tests",
                "    results: x.xml"));

        assertThat(checklist.problems())
                .containsExactly(
                        FILE
                                + " line 6, column 5: item 'tests': unknown field 'minimumPassrate' (known fields: id, type,"
                                + " title, group, severity, enabled, results, minimumPassRate)",
                        FILE + " line 8, column 11: item 'scan': Invalid value for 'type': 'sbom' (allowed: one of"
                                + " tests, coverage, vulnerabilities, reviewScore, changelog, documents, http, tls, window,"
                                + " command, metric, manual, flagOff, checksums, stagedFirst)",
                        FILE + " line 12, column 15: item 'coverage': Invalid value for 'severity': 'fatal' (allowed:"
                                + " one of blocking, warning)",
                        FILE + " line 13, column 9: item 'bad id!': Invalid value for 'id': 'bad id!' (allowed: 1 to"
                                + " 80 letters, digits, '.', '_' or '-', starting with a letter or digit)",
                        FILE + " line 16, column 5: missing field 'id': a unique id, 1 to 80 letters, digits, '.', '_'"
                                + " or '-', starting with a letter or digit");
        assertThat(checklist.items())
                .extracting(ChecklistItem::id)
                .containsExactly("tests", "scan", "coverage", "item-4", "item-5");
        assertThat(checklist.items())
                .allSatisfy(item -> assertThat(item.check()).isInstanceOf(InvalidItemCheck.class));
        assertThat(checklist.items().get(2).severity()).isEqualTo(Severity.BLOCKING);
    }

    @Test
    void shouldRefuseMalformedDocumentsWithLineAndColumn() {
        assertThatThrownBy(() -> ChecklistFileReader.parse("version: 1\nitems:\n  - id: tests\n   type: tests\n", FILE))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(FILE + " line 4, column ")
                .hasMessageContaining("malformed YAML");
        assertThatThrownBy(() -> ChecklistFileReader.parse("items: []\n", FILE))
                .hasMessage(FILE + " line 1, column 1: missing field 'version': the schema version, 'version: 1'");
        assertThatThrownBy(() -> ChecklistFileReader.parse("version: 2\nitems: []\n", FILE))
                .hasMessage(FILE + " line 1, column 10: Invalid value for 'version': '2' (allowed: 1 (the only schema"
                        + " version))");
        assertThatThrownBy(() -> ChecklistFileReader.parse("version: 1\nitem: []\n", FILE))
                .hasMessageContaining(
                        "line 2, column 1: unknown field 'item' (known fields: version, name, waivers," + " items)");
        assertThatThrownBy(() -> ChecklistFileReader.parse("version: 1\nitems:\n  - tests\n", FILE))
                .hasMessage(FILE + " line 3, column 5: items[0] is 'tests', expected a map of fields (id, type, ...)");
        assertThatThrownBy(() -> ChecklistFileReader.parse("- id: tests\n", FILE))
                .hasMessageContaining("a checklist file is a map");
        assertThatThrownBy(() -> ChecklistFileReader.parse("version: 1\nwaivers:\n  user: [bob]\nitems: []\n", FILE))
                .hasMessageContaining("unknown field 'waivers.user'");
    }

    @Test
    void shouldFlagDuplicateIdsInOneFile() {
        Checklist checklist =
                build("version: 1\nitems:\n  - id: a\n    type: changelog\n  - id: a\n    type: changelog\n");

        assertThat(checklist.items()).hasSize(1);
        assertThat(checklist.problems())
                .containsExactly(FILE + " line 5, column 5: item 'a': duplicate id, also defined at " + FILE
                        + " line 3, column 5");
    }

    private static Checklist build(final String yaml) {
        return ChecklistBuilder.create()
                .add(ChecklistFileReader.parse(yaml, FILE))
                .build();
    }

    @Test
    void shouldAcceptPipelineItemsAsMaps() {
        Checklist checklist = ChecklistBuilder.create()
                .pipelineItems(List.of(
                        java.util.Map.of(
                                "id", "tests", "type", "tests", "results", "**/TEST-*.xml", "minimumPassRate", 99.5),
                        java.util.Map.of("id", "cov", "type", "coverage", "reports", List.of("a.xml"), "minimum", 120)))
                .build();

        assertThat(checklist.items().get(0).check()).isNotInstanceOf(InvalidItemCheck.class);
        assertThat(checklist.problems())
                .containsExactly("Pipeline items[1].minimum: item 'cov': Invalid value for 'minimum': '120' (allowed: a"
                        + " number from 0 to 100)");
    }
}
