package io.jenkins.plugins.deploymentsop.rollback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFileReaderTest {
    private static final Path EXAMPLE = Path.of("examples/deploy/rollback-rules.yaml");

    private static RuleSource parse(final String yaml) {
        return RuleFileReader.parse("rules.yaml", yaml, RuleLayer.FILE);
    }

    private static void assertError(final String yaml, final String... parts) {
        assertThatThrownBy(() -> RuleSet.merge(DefaultRules.source(), parse(yaml)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(exception -> assertThat(exception.getMessage()).contains(parts));
    }

    @Test
    void shouldReadTheExampleFileAndMergeItOverTheDefaults() throws IOException {
        RuleSource source = RuleFileReader.read(EXAMPLE, "deploy/rollback-rules.yaml", RuleLayer.FILE);

        RuleSet rules = RuleSet.merge(DefaultRules.source(), source);

        assertThat(source.replacesEarlier()).isFalse();
        assertThat(rules.rules())
                .extracting(Rule::id)
                .containsExactly(
                        "error-rate-p0",
                        "error-rate-p1",
                        "latency-p95-p0",
                        "latency-p95-p1",
                        "health-check",
                        "database-connection",
                        "orders-drop");
        assertThat(rules.dropped()).containsOnlyKeys("business-metric-drop");
        assertThat(rules.dropped().get("business-metric-drop"))
                .startsWith("disabled at deploy/rollback-rules.yaml, line");
        Rule p1 = rules.find("error-rate-p1").orElseThrow();
        assertThat(p1.signal().source()).startsWith("prometheus:100 * sum(rate(http_requests_total");
        assertThat(p1.sustainedFor()).isEqualTo(TimeSpan.ofMinutes(3));
        assertThat(rules.find("latency-p95-p1").orElseThrow().condition().text())
                .isEqualTo("> 4s");
        Rule orders = rules.find("orders-drop").orElseThrow();
        assertThat(orders.describe())
                .isEqualTo("orders per minute drop > 30% for 5m → P1, manual within 15m, then keep");
        assertThat(orders.noData()).contains(NoDataPolicy.TREAT_AS_HEALTHY);
        assertThat(orders.description()).startsWith("Orders are");
        assertThat(rules.baselineSignals()).containsExactly(orders.signal());
        assertThat(rules.noDataDefaults()).isEqualTo(NoDataDefaults.STANDARD);
    }

    @Test
    void shouldReadReplaceAndNoDataSettings() {
        RuleSource source = parse("replaceDefaults: true\n"
                + "noData:\n"
                + "  metrics: treat_as_breach\n"
                + "rules:\n"
                + "  - id: up\n"
                + "    source: health:web\n"
                + "    when: failing\n"
                + "    consecutive: 2\n"
                + "    severity: P0\n"
                + "    action: auto\n");

        RuleSet rules = RuleSet.merge(DefaultRules.source(), source);

        assertThat(rules.rules()).extracting(Rule::id).containsExactly("up");
        assertThat(rules.rules().get(0).consecutive()).isEqualTo(2);
        assertThat(rules.noDataDefaults())
                .isEqualTo(NoDataDefaults.of(NoDataPolicy.TREAT_AS_BREACH, NoDataPolicy.TREAT_AS_BREACH));
    }

    @Test
    void shouldAcceptAnEmptyFileAndAnEmptyRuleList() {
        assertThat(parse("").specs()).isEmpty();
        assertThat(parse("rules:\n").specs()).isEmpty();
        assertThat(parse("# only a comment\n").specs()).isEmpty();
    }

    @Test
    void shouldNameLineColumnRuleAndFieldOfABadValue() {
        assertError(
                "rules:\n  - id: error-rate-p1\n    sustainedFor: two minutes\n",
                "rules[error-rate-p1].sustainedFor (rules.yaml, line 3, column 19)",
                "'two minutes'");
        assertError(
                "rules:\n  - id: latency-p95-p1\n    when: \"> 4 parsecs\"\n",
                "rules[latency-p95-p1].when (rules.yaml, line 3, column 11)",
                "'> 4 parsecs'");
        assertError(
                "rules:\n  - id: health-check\n    consecutive: 0\n",
                "rules[health-check].consecutive (rules.yaml, line 3, column 18)");
    }

    @Test
    void shouldNameAnUnknownKeyWithTheAllowedOnes() {
        assertError(
                "rules:\n  - id: error-rate-p1\n    sustainFor: 3m\n",
                "rules[error-rate-p1].sustainFor (rules.yaml, line 3, column 5)",
                "sustainedFor");
        assertError("rule:\n  - id: x\n", "rules.yaml, line 1, column 1", "'rule'", "rules, replaceDefaults, noData");
        assertError("noData:\n  metric: ignore\n", "noData.metric (rules.yaml, line 2, column 3)");
        assertError("noData:\n  metrics: sometimes\n", "noData.metrics (rules.yaml, line 2, column 12)", "'sometimes'");
    }

    @Test
    void shouldNameTheEntryWithoutId() {
        assertError(
                "rules:\n  - id: error-rate-p1\n    when: \"> 6%\"\n  - when: \"> 7%\"\n",
                "rules[1].id (rules.yaml, line 4, column 5)", "an id for every rule");
    }

    @Test
    void shouldNameTheLineOfAYamlSyntaxErrorAndHintAtQuoting() {
        assertError(
                "rules:\n  - id: error-rate-p0\n    when: >= 15%\n",
                "rules.yaml, line 3", "'when: >= 15%'", "well-formed YAML", "quote conditions that start with '>'");
        assertError(
                "rules:\n  - id: a\n    id: b\n", "rules.yaml, line 3, column 7", "'id: b'", "Duplicate field 'id'");
    }

    @Test
    void shouldRejectStructuresWhereValuesBelong() {
        assertError(
                "rules:\n  - id: error-rate-p0\n    when: [1, 2]\n",
                "rules[0].when (rules.yaml, line 3, column 11)",
                "a single value");
        assertError("rules:\n  id: x\n", "rules (rules.yaml, line 2, column 3)", "a list of rules");
        assertError("- id: x\n", "rules.yaml, line 1, column 1", "a mapping with the keys");
        assertError("replaceDefaults: maybe\n", "replaceDefaults (rules.yaml, line 1, column 18)", "true or false");
    }

    @Test
    void shouldRejectTheSameIdTwiceInAFile() {
        assertError(
                "rules:\n  - id: error-rate-p0\n    when: \"> 11%\"\n  - id: error-rate-p0\n    when: \"> 12%\"\n",
                "rules[error-rate-p0].id (rules.yaml, line 4, column 9)",
                "already used at rules.yaml, line 2, column 9");
    }

    @Test
    void shouldRejectDisablingAnUnknownRuleAtItsLine() {
        assertError(
                "rules:\n  - id: bussiness-metric-drop\n    enabled: false\n",
                "rules[bussiness-metric-drop].enabled (rules.yaml, line 3, column 14)",
                "business-metric-drop");
        assertError("rules:\n  - id: x\n    enabled: perhaps\n", "rules[x].enabled (rules.yaml, line 3, column 14)");
    }

    @Test
    void shouldRefuseFilesLargerThanTheLimit(@TempDir final Path folder) throws IOException {
        Path large = folder.resolve("rules.yaml");
        Files.write(large, new byte[(int) RuleFileReader.MAX_BYTES + 1]);

        assertThatThrownBy(() -> RuleFileReader.read(large, "rules.yaml", RuleLayer.FILE))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("too large");
    }

    @Test
    void shouldGiveTheErrorMessageTheDocsShow() throws IOException {
        String broken = Files.readString(EXAMPLE).replace("sustainedFor: 3m ", "sustainedFor: three minutes ");

        assertThatThrownBy(() -> RuleSet.merge(
                        DefaultRules.source(),
                        RuleFileReader.parse("deploy/rollback-rules.yaml", broken, RuleLayer.FILE)))
                .hasMessage("Invalid value for 'rules[error-rate-p1].sustainedFor (deploy/rollback-rules.yaml, line 19,"
                        + " column 19)': 'three minutes' (allowed: a duration such as 30s, 5m, 1h30m, 500ms, 2d or"
                        + " ISO-8601 PT5M (units ms, s, m, h, d))");
    }

    @Test
    void shouldRejectASecondDocument() {
        assertError("rules: []\n---\nrules: []\n", "rules.yaml, line 3", "a single YAML document");
    }
}
