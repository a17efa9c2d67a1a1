package io.jenkins.plugins.deploymentsop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class StandaloneReportHtmlTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void shouldBeACompleteDocumentWithTheStylesheetInlinedAndNoScript() {
        String html = DeploymentReport.of(ReportFixtures.rolledBackBlueGreen(ReportFixtures.hostile()), NOW)
                .standaloneHtml();

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>");
        assertThat(html).contains("<style>" + ReportStylesheet.css() + "</style>");
        assertThat(html).doesNotContain("<script", "<link", "<img", "style=");
        HtmlStructure structure = HtmlStructure.parse(html);
        assertThat(structure.elementNames()).contains("html", "head", "title", "style", "body", "main", "svg");
        assertThat(structure.text()).contains("Deployment report: shop <script>alert(1)</script>");
    }

    @Test
    void shouldDeclareAPolicyThatAllowsExactlyItsOwnStyleByHash() throws Exception {
        String html = DeploymentReport.of(ReportFixtures.successfulCanary(ReportFixtures.PLAIN), NOW)
                .standaloneHtml();
        String style = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
        String hash = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8)));

        String policy = DeploymentReport.standaloneContentSecurityPolicy();

        assertThat(policy)
                .isEqualTo("default-src 'none'; style-src 'sha256-" + hash
                        + "'; img-src data:; base-uri 'none'; form-action 'none'")
                .doesNotContain("unsafe");
        assertThat(HtmlStructure.parse(html).attributeValues("content")).contains(policy);
    }

    @Test
    void shouldStyleEveryClassTheRenderersUse() {
        String html = DeploymentReport.of(ReportFixtures.rolledBackBlueGreen(ReportFixtures.PLAIN), NOW)
                .htmlFragment();
        HtmlStructure structure = HtmlStructure.parse(html);
        java.util.Set<String> unstyled = new java.util.TreeSet<>();
        for (String classes : structure.attributeValues("class")) {
            for (String name : classes.split(" ")) {
                if (!ReportStylesheet.css().contains("." + name)) {
                    unstyled.add(name);
                }
            }
        }
        // hooks for tests and themes, intentionally without rules of their own
        assertThat(unstyled)
                .isSubsetOf(
                        "dsr-checklist-table",
                        "dsr-decisions-table",
                        "dsr-timeline-table",
                        "dsr-traffic-table",
                        "dsr-artifacts-table",
                        "dsr-metric-verdicts",
                        "dsr-metrics-table",
                        "dsr-rollbacks-table",
                        "dsr-incidents-table",
                        "dsr-changes-table",
                        "dsr-evidence",
                        "dsr-banner-name",
                        "dsr-verdict-reason",
                        "dsr-chart-line",
                        "dsr-chart-point",
                        "dsr-chart-blue",
                        "dsr-chart-green",
                        "dsr-chart-unverified");
    }
}
