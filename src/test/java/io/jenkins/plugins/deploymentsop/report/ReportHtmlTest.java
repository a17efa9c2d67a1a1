package io.jenkins.plugins.deploymentsop.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ReportHtmlTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    /** Everything the fragment may contain: no script, no iframe, no img, no form, no style, no link element. */
    private static final Set<String> ALLOWED_ELEMENTS = Set.of(
            "fragment",
            "div",
            "section",
            "h2",
            "h3",
            "h4",
            "p",
            "span",
            "strong",
            "code",
            "q",
            "time",
            "dl",
            "dt",
            "dd",
            "ul",
            "li",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "figure",
            "figcaption",
            "article",
            "a",
            "svg",
            "title",
            "line",
            "polyline",
            "circle",
            "text");

    private static String render(final DeploymentRecord record) {
        return DeploymentReport.of(record, NOW).htmlFragment();
    }

    @Test
    void shouldShowTheOutcomeBannerWithVersionStrategyTypeDurationAndApprovers() {
        HtmlStructure html = HtmlStructure.parse(render(ReportFixtures.rolledBackBlueGreen(ReportFixtures.PLAIN)));

        assertThat(html.text())
                .contains("ROLLED_BACK")
                .contains("shop → production 1.4.1")
                .contains("Deployment shop → production 1.4.1: ROLLED_BACK after 12 min (error rate 12% > 10%)")
                .contains("blue-green")
                .contains("hotfix")
                .contains("12 min")
                .contains("SYSTEM")
                .contains("shop/deploy #42")
                .contains("2026-11-20T10:00:00Z");
        assertThat(html.elements())
                .filteredOn(element -> "dsr-banner".equals(element.attributes().get("id")))
                .singleElement()
                .satisfies(
                        banner -> assertThat(banner.attributes().get("class")).contains("dsr-bad"));
    }

    @Test
    void shouldShowEverySectionOfARichRecord() {
        String html = render(ReportFixtures.successfulCanary(ReportFixtures.PLAIN));
        HtmlStructure structure = HtmlStructure.parse(html);

        assertThat(structure.attributeValues("id"))
                .containsExactly(
                        "dsr-banner",
                        "dsr-checklist",
                        "dsr-timeline",
                        "dsr-traffic",
                        "dsr-artifacts",
                        "dsr-analysis",
                        "dsr-metrics",
                        "dsr-issues",
                        "dsr-changes");
        assertThat(structure.text())
                .contains("All tests pass", "120 of 120 passed", "checked: yes", "evidence/tests.txt")
                .contains("CONFIRM", "alice", "looks good", "WAIVE", "bob")
                .contains("canaryPromote", "DEPLOY_CANARY", "5/5 pods ready")
                .contains("canary step 3 of 4", "25%", "75%")
                .contains("canary 25%", "Hodges-Lehmann shift 4 ms", "480 / 9120", "2101337", "0.4312", "[-3.5, 11.25]")
                .contains("threshold 50")
                .contains("shop.war", "ab".repeat(32), "52428800 bytes")
                .contains("error rate", "0.05%", "0.06%", "+0.01%", "+20%", "+5 ms", "+6.25%")
                .contains("memory", "60%")
                .contains(
                        "a1b2c3d",
                        "carol",
                        "Add cart badge",
                        "2 h 42 min",
                        "Median lead time: 1 h 42 min over 3 of 3 commits");
        assertThat(structure.elementNames()).contains("svg", "polyline", "circle");
        assertThat(html).contains("<time datetime=\"2026-11-20T10:00:00Z\">2026-11-20T10:00:00Z</time>");
    }

    @Test
    void shouldShowRollbacksAndIncidentsWithRecoveryTime() {
        HtmlStructure html = HtmlStructure.parse(render(ReportFixtures.rolledBackBlueGreen(ReportFixtures.PLAIN)));

        assertThat(html.text())
                .contains("TRAFFIC", "error rate 12% > 10%", "40 s", "SUCCEEDED", "100% on blue")
                .contains("INC-1", "P0", "error rate > 10% for 2m", "12%, 13%, 12%", "3 min")
                .contains("Live: blue, previous: green")
                .contains("not verified")
                .contains("not in production: ROLLED_BACK");
    }

    @Test
    void shouldShowEachActionOfARollbackWithItsOwnTimesAndResult() {
        HtmlStructure html = HtmlStructure.parse(render(ReportFixtures.rolledBackInFull(ReportFixtures.PLAIN)));

        assertThat(html.text())
                .containsSubsequence(
                        "Rollback",
                        "Type",
                        "Action",
                        "Trigger",
                        "1",
                        "FULL",
                        "SWITCH_TRAFFIC_BACK",
                        "error-rate-p0 (P0): error rate 12% > 10%",
                        "1.0 s",
                        "SUCCEEDED",
                        "HAProxy serves blue 100% (verified)",
                        "RESTORE_DATABASE",
                        "1 min",
                        "VERIFY_HEALTH",
                        "blue GET /health: healthy",
                        "DESTROY_FAILED_ENVIRONMENT",
                        "28 s",
                        "FAILED",
                        "`terraform destroy` exited 1");
        assertThat(html.text().split("error-rate-p0 \\(P0\\)", -1))
                .as("the trigger is shown once, on the rollback's first action")
                .hasSize(2);
    }

    @Test
    void shouldSayInOneLineWhenASectionIsEmpty() {
        HtmlStructure html = HtmlStructure.parse(render(ReportFixtures.justStarted()));

        assertThat(html.elements())
                .filteredOn(element -> "dsr-empty".equals(element.attributes().get("class")))
                .hasSize(10);
        assertThat(html.text())
                .contains("No checklist was recorded for this deployment.")
                .contains("No sign-off or other decision was recorded.")
                .contains("No step of this deployment wrote to the execution log.")
                .contains("The traffic split was not changed by this deployment's steps.")
                .contains("No artifact was recorded.")
                .contains("No analysis verdict was recorded.")
                .contains("No metric was captured before or after the release.")
                .contains("No rollback was started.")
                .contains("No incident was recorded.")
                .contains("No commit was recorded for this deployment.")
                .contains("IN_PROGRESS", "no approval recorded");
        assertThat(html.elementNames()).doesNotContain("svg", "table");
    }

    @Test
    void shouldKeepAFailedChecklistReadable() {
        HtmlStructure html = HtmlStructure.parse(render(ReportFixtures.failedChecklist(ReportFixtures.PLAIN)));

        assertThat(html.text())
                .contains("FAILED", "line 71% < 80%", "ERROR", "PENDING", "REJECT", "mallory", "not today")
                .contains("1 ERROR, 1 FAILED, 1 PENDING")
                .contains("No rollback was started.");
        assertThat(html.attributeValues("href")).containsExactly("https://ci.example.invalid/x?a=1&b=2");
        assertThat(html.text()).contains("javascript:alert(1)");
    }

    @Test
    void shouldKeepHostileStringsInEveryFieldInertAndLiteral() {
        for (DeploymentRecord record : hostileRecords()) {
            String html = render(record);
            HtmlStructure structure = HtmlStructure.parse(html);

            assertThat(structure.elementNames()).isSubsetOf(ALLOWED_ELEMENTS);
            assertThat(structure.attributeNames())
                    .noneMatch(name -> name.toLowerCase().startsWith("on"))
                    .doesNotContain("style", "src");
            assertThat(structure.attributeValues("href")).allMatch(href -> href.startsWith("https://"));
            assertThat(html).doesNotContain("<script", "<img", "<b>");
            assertThat(structure.text())
                    .contains("<script>alert(1)</script>")
                    .contains("\"><img src=x onerror=alert(1)>")
                    .contains("'quoted' \"double\" & <b>bold</b>")
                    .contains("[link](javascript:alert(1))");
        }
    }

    @Test
    void shouldPutAHostileValueOfEachFieldIntoTheTextOfThePage() {
        DeploymentRecord record = ReportFixtures.rolledBackBlueGreen(ReportFixtures.hostile());
        String text = HtmlStructure.parse(render(record)).text();

        for (String field : List.of(
                "shop " + ReportFixtures.PAYLOADS.get(0),
                "INC-1 ",
                "error rate > 10% for 2m ",
                "switch back: error rate 12% ",
                "Hotfix checkout ",
                "frank ",
                "f00ba47 ")) {
            assertThat(text).contains(field);
        }
    }

    static List<DeploymentRecord> hostileRecords() {
        UnaryOperator<String> hostile = ReportFixtures.hostile();
        return List.of(
                ReportFixtures.successfulCanary(hostile),
                ReportFixtures.rolledBackBlueGreen(ReportFixtures.hostile()),
                ReportFixtures.rolledBackInFull(ReportFixtures.hostile()),
                ReportFixtures.failedChecklist(ReportFixtures.hostile()));
    }
}
