package io.jenkins.plugins.deploymentsop.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private static String render(final DeploymentRecord record) {
        return DeploymentReport.of(record, NOW).markdown();
    }

    @Test
    void shouldNameTheMetricColumnsByTheMomentsTheValuesWereTaken() {
        String markdown = render(ReportFixtures.rolledBackBlueGreen(ReportFixtures.PLAIN));

        assertThat(markdown)
                .contains("| Metric | At watch start | At watch end | Delta | Status |")
                .contains("| error rate | 0.1% | 12% | +11.9% (+11900%) |")
                .doesNotContain("| Pre-Deploy |");
    }

    @Test
    void shouldFollowTheShapeOfTheSopReport() {
        String markdown = render(ReportFixtures.successfulCanary(ReportFixtures.PLAIN));

        assertThat(markdown)
                .startsWith("# Deployment Report: shop → production 1.4.0\n")
                .containsSubsequence(
                        "## Pre-Deployment Checklist Results",
                        "## Deployment Timeline and Method",
                        "### Execution Timeline",
                        "### Artifacts Deployed",
                        "## Post-Deployment Validation Results",
                        "### Key Metrics",
                        "## Issues and Resolutions",
                        "## Changes Deployed")
                .contains("| Time | Step | Status | Notes |\n| --- | --- | --- | --- |\n")
                .contains("| 2026-11-20T10:02:00Z | canaryPromote DEPLOY\\_CANARY | ✓ SUCCEEDED | 5/5 pods ready |")
                .contains("| Component | Version | Checksum |")
                .contains("| shop.war | 1.4.0 | `sha256:" + "ab".repeat(32) + "` |")
                .contains("| Metric | Pre-Deploy | Post-Deploy | Delta | Status |")
                .contains("| error rate | 0.05% | 0.06% | +0.01% (+20%) | ✓ PASS |")
                .contains("| latency p95 | 80 ms | 85 ms | +5 ms (+6.25%) | ✓ PASS |")
                .contains("| memory | 60% | — | — | — |")
                .contains("- **Outcome:** ✓ SUCCEEDED: every recorded phase succeeded")
                .contains("- **Approved by:** alice, bob")
                .contains("| `a1b2c3d` | carol | Add cart badge | 2026-11-20T08:00:00Z | 2 h 42 min |")
                .contains("canarySamples 480, baselineSamples 9120, statistic 2101337, pValue 0.4312")
                .contains("*None.*");
    }

    @Test
    void shouldListIssuesAndResolutions() {
        String markdown = render(ReportFixtures.rolledBackBlueGreen(ReportFixtures.PLAIN));

        assertThat(markdown)
                .contains("> Deployment shop → production 1.4.1: ROLLED\\_BACK after 12 min (error rate 12% > 10%)")
                .contains("| 2026-11-20T10:08:00Z | rollbackIfUnhealthy WATCH: error rate 12% > 10% for 2m"
                        + " | TRAFFIC rollback SUCCEEDED: 100% on blue |")
                .contains("| 2026-11-20T10:08:00Z | P0 error rate > 10% for 2m: 12%, 13%, 12% | rolled back at"
                        + " 2026-11-20T10:09:20Z, restored at 2026-11-20T10:11:00Z, recovery time 3 min |")
                .contains("| INC-1 | P0 | error rate > 10% for 2m | 12%, 13%, 12% |")
                .contains("| 2026-11-20T10:09:00Z | 100% | 0% | ✗ not verified | switch back: error rate 12% |")
                .contains("| latency p95 | 0 ms | 95 ms | +95 ms (—) | — |")
                .contains("— (not in production: ROLLED\\_BACK)");
    }

    @Test
    void shouldListEachActionOfARollbackAndResolveTheIssueWithTheWholeRollback() {
        String markdown = render(ReportFixtures.rolledBackInFull(ReportFixtures.PLAIN));

        assertThat(markdown)
                .contains("| Rollback | Type | Action | Trigger | Started | Finished | Took | Result | Detail |")
                .contains("| 1 | FULL | SWITCH\\_TRAFFIC\\_BACK | error-rate-p0 (P0): error rate 12% > 10% |"
                        + " 2026-11-20T10:08:40Z | 2026-11-20T10:08:41Z | 1.0 s | ✓ SUCCEEDED |"
                        + " HAProxy serves blue 100% (verified) |")
                .contains("| 1 | FULL | DESTROY\\_FAILED\\_ENVIRONMENT |  | 2026-11-20T10:10:12Z |"
                        + " 2026-11-20T10:10:40Z | 28 s | ✗ FAILED | \\`terraform destroy\\` exited 1 |")
                .contains("| rollbackIfUnhealthy WATCH: error rate 12% > 10% for 2m | FULL rollback FAILED:"
                        + " SWITCH\\_TRAFFIC\\_BACK SUCCEEDED (HAProxy serves blue 100% (verified));");
    }

    @Test
    void shouldSayInOneLineWhenASectionIsEmpty() {
        String markdown = render(ReportFixtures.justStarted());

        assertThat(markdown)
                .contains("*No checklist was recorded for this deployment.*")
                .contains("*No step of this deployment wrote to the execution log.*")
                .contains("*No artifact was recorded.*")
                .contains("*No metric was captured before or after the release.*")
                .contains("*No rollback was started.*")
                .contains("*No commit was recorded for this deployment.*")
                .doesNotContain("| --- |");
    }

    @Test
    void shouldKeepEveryTableIntactAndEveryHostileStringLiteral() {
        for (DeploymentRecord record : ReportHtmlTest.hostileRecords()) {
            String markdown = render(record);

            assertThat(markdown).doesNotContain("<", "`tick`", "*em*").doesNotContainPattern("(?<!\\\\)\\]\\(");
            assertThat(markdown)
                    .contains("&lt;script>alert(1)&lt;/script>")
                    .contains("\">&lt;img src=x onerror=alert(1)>")
                    .contains("\\| pipe \\[link\\](javascript:alert(1)) \\*em\\* \\`tick\\` next line");
            assertTablesHaveTheirColumnCount(markdown);
        }
    }

    /** Every row of a table has as many unescaped pipes as its head: no cell broke out of its column or line. */
    private static void assertTablesHaveTheirColumnCount(final String markdown) {
        int expected = -1;
        for (String line : markdown.split("\n", -1)) {
            if (!line.startsWith("|")) {
                expected = -1;
                continue;
            }
            int pipes = unescapedPipes(line);
            if (expected < 0) {
                expected = pipes;
            }
            assertThat(pipes).as(line).isEqualTo(expected);
        }
    }

    private static int unescapedPipes(final String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                count++;
            }
        }
        return count;
    }

    @Test
    void shouldEscapeMarkdownAndHtmlInText() {
        assertThat(MarkdownText.escape("a|b\nc\r\nd")).isEqualTo("a\\|b c  d");
        assertThat(MarkdownText.escape("<b>x</b> & y")).isEqualTo("&lt;b>x&lt;/b> &amp; y");
        assertThat(MarkdownText.escape("[x](javascript:alert(1)) *a* _b_ `c` ~d~ #e \\"))
                .isEqualTo("\\[x\\](javascript:alert(1)) \\*a\\* \\_b\\_ \\`c\\` \\~d\\~ #e \\\\");
        assertThat(MarkdownText.heading("v1 ##")).isEqualTo("v1 \\#\\#");
        assertThat(MarkdownText.escape(null)).isEqualTo("—");
        assertThat(MarkdownText.escape("  ")).isEqualTo("—");
    }

    @Test
    void shouldWriteOnlyPlainTokensAsCodeSpans() {
        assertThat(MarkdownText.code("a1b2c3d").text()).isEqualTo("`a1b2c3d`");
        assertThat(MarkdownText.code("sha256:ab12").text()).isEqualTo("`sha256:ab12`");
        assertThat(MarkdownText.code("x` <b>").text()).isEqualTo("x\\` &lt;b>");
    }

    @Test
    void shouldRejectRowsWithTheWrongNumberOfCells() {
        MarkdownTable table = new MarkdownTable("A", "B");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> table.row("only one"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 cells");
        StringBuilder out = new StringBuilder();
        table.row(null, List.of("x|y")).writeTo(out);
        assertThat(out).hasToString("| A | B |\n| --- | --- |\n| — | \\[x\\|y\\] |\n\n");
    }
}
