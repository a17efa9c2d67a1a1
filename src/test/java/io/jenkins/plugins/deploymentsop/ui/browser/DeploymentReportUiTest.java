package io.jenkins.plugins.deploymentsop.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.report.DeploymentReport;
import io.jenkins.plugins.deploymentsop.report.ReportFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report tab and the self-contained file in a real browser under a strict Content-Security-Policy. */
class DeploymentReportUiTest extends BrowserTestSupport {
    @Test
    void shouldShowARolledBackBlueGreenDeploymentWithItsIncident() {
        ReportPage page = open(pages.tab(
                "/job/shop/42/deployment-report/rolled-back",
                ReportFixtures.rolledBackBlueGreen(ReportFixtures.PLAIN),
                ReportPages.TAB_POLICY));

        assertThat(page.outcome()).isEqualTo("ROLLED_BACK");
        assertThat(page.bannerText())
                .contains("Deployment shop → production 1.4.1: ROLLED_BACK after 12 min (error rate 12% > 10%)")
                .contains("blue-green", "hotfix", "SYSTEM");
        assertThat(page.sectionIds()).containsExactlyElementsOf(ReportPage.expectedSectionIds());
        assertThat(page.rows("dsr-incidents-table")).singleElement().satisfies(row -> assertThat(row)
                .contains("INC-1", "P0", "error rate > 10% for 2m", "2026-11-20T10:08:00Z", "3 min"));
        assertThat(page.rows("dsr-rollbacks-table")).singleElement().satisfies(row -> assertThat(row)
                .contains("TRAFFIC", "40 s", "SUCCEEDED"));
        assertThat(page.rows("dsr-timeline-table")).hasSize(5).anySatisfy(row -> assertThat(row)
                .containsSequence("WATCH", "FAILED", "error rate 12% > 10% for 2m"));
        assertThat(page.rows("dsr-metrics-table"))
                .first()
                .isEqualTo(List.of("error rate", "0.1%", "12%", "+11.9%", "+11900%", "FAIL"));
        assertThat(page.hasTrafficChart()).isTrue();
        assertThat(page.chartPoints()).isEqualTo(6);
        assertThat(page.chartWidth()).isGreaterThan(300);
        assertThat(page.bannerStyle("border-left-width"))
                .as("the linked stylesheet applied")
                .isEqualTo("6px");
        browser.screenshot("report-rolled-back.png");
        assertCleanPage(page);
    }

    @Test
    void shouldShowASuccessfulCanaryWithItsStepsAndStatistics() {
        ReportPage page = open(pages.tab(
                "/job/shop/41/deployment-report/canary",
                ReportFixtures.successfulCanary(ReportFixtures.PLAIN),
                ReportPages.TAB_POLICY));

        assertThat(page.outcome()).isEqualTo("SUCCEEDED");
        assertThat(page.verdictHeadings()).containsExactly("PASS canary 5%", "PASS canary 25%", "PASS canary 75%");
        assertThat(page.rows("dsr-metric-verdicts")).first().satisfies(row -> assertThat(row)
                .contains("latency p95", "PASS", "480 / 9120", "2101337", "0.4312", "[-3.5, 11.25]", "4"));
        assertThat(page.rows("dsr-changes-table")).hasSize(3).first().satisfies(row -> assertThat(row)
                .contains("a1b2c3d", "carol", "2 h 42 min"));
        assertThat(page.rows("dsr-artifacts-table")).first().satisfies(row -> assertThat(row)
                .contains("shop.war", "ab".repeat(32)));
        assertThat(page.rows("dsr-metrics-table")).contains(List.of("memory", "60%", "—", "—", "—", "—"));
        assertThat(page.chartPoints()).isEqualTo(8);
        assertThat(page.emptyNotes()).containsExactly("No rollback was started.", "No incident was recorded.");
        browser.screenshot("report-canary.png");
        assertCleanPage(page);
    }

    @Test
    void shouldSayWhichSectionsAreEmptyAfterAFailedChecklist() {
        ReportPage page = open(pages.tab(
                "/job/shop/43/deployment-report/failed",
                ReportFixtures.failedChecklist(ReportFixtures.PLAIN),
                ReportPages.TAB_POLICY));

        assertThat(page.outcome()).isEqualTo("FAILED");
        assertThat(page.rows("dsr-checklist-table"))
                .extracting(row -> row.get(3))
                .containsExactly("FAILED", "ERROR", "PENDING");
        assertThat(page.emptyNotes())
                .contains(
                        "The traffic split was not changed by this deployment's steps.",
                        "No artifact was recorded.",
                        "No analysis verdict was recorded.",
                        "No metric was captured before or after the release.",
                        "No commit was recorded for this deployment.");
        assertThat(page.hasTrafficChart()).isFalse();
        assertThat(page.linkTargets()).containsExactly("https://ci.example.invalid/x?a=1&b=2");
        assertThat(page.text()).contains("javascript:alert(1)");
        browser.screenshot("report-failed-checklist.png");
        assertCleanPage(page);
    }

    @Test
    void shouldStyleTheSelfContainedFileByItsOwnPolicyAndLoadNothingElse() {
        String path = "/workspace/docs/planning/reports/production-deployment-v1.4.1.html";
        int requestsBefore = server.requestedPaths().size();

        ReportPage page = open(pages.standalone(
                path,
                ReportFixtures.rolledBackBlueGreen(ReportFixtures.PLAIN),
                DeploymentReport.standaloneContentSecurityPolicy()));

        assertThat(page.outcome()).isEqualTo("ROLLED_BACK");
        assertThat(page.bannerStyle("border-left-width"))
                .as("the inlined stylesheet is allowed by its hash")
                .isEqualTo("6px");
        assertThat(page.hasTrafficChart()).isTrue();
        assertThat(server.requestedPaths()
                        .subList(requestsBefore, server.requestedPaths().size()))
                .as("requests of the self-contained file")
                .containsExactly("GET " + path);
        browser.screenshot("report-standalone.png");
        assertCleanPage(page);
    }

    @Test
    void shouldKeepHostileStringsInEveryFieldInertUnderThePolicy() {
        int index = 0;
        for (DeploymentRecord record : hostileRecords()) {
            index++;
            ReportPage tab = open(pages.tab("/hostile/tab/" + index, record, ReportPages.TAB_POLICY));
            assertHostileTextShownLiterally(tab);
            assertCleanPage(tab);

            ReportPage file = open(pages.standalone(
                    "/hostile/file/" + index, record, DeploymentReport.standaloneContentSecurityPolicy()));
            assertHostileTextShownLiterally(file);
            assertCleanPage(file);
        }
        browser.screenshot("report-hostile.png");
    }

    @Test
    void shouldKeepHostileStringsInertEvenWithoutAPolicy() {
        int index = 0;
        for (DeploymentRecord record : hostileRecords()) {
            index++;
            ReportPage tab = open(pages.tab("/hostile/no-policy/" + index, record, ""));
            assertHostileTextShownLiterally(tab);
            assertCleanPage(tab);
        }
    }

    private static List<DeploymentRecord> hostileRecords() {
        return List.of(
                ReportFixtures.successfulCanary(ReportFixtures.hostile()),
                ReportFixtures.rolledBackBlueGreen(ReportFixtures.hostile()),
                ReportFixtures.failedChecklist(ReportFixtures.hostile()));
    }

    private static void assertHostileTextShownLiterally(final ReportPage page) {
        assertThat(page.bannerText()).contains("shop <script>alert(1)</script>");
        assertThat(page.text())
                .contains("<script>alert(1)</script>")
                .contains("\"><img src=x onerror=alert(1)>")
                .contains("'quoted' \"double\" & <b>bold</b>")
                .contains("javascript:alert(1)");
        assertThat(page.linkTargets()).allMatch(target -> target.startsWith("https://"));
        assertThat(page.sectionIds()).containsExactlyElementsOf(ReportPage.expectedSectionIds());
    }
}
