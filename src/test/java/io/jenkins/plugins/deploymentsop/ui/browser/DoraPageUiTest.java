package io.jenkins.plugins.deploymentsop.ui.browser;

import static io.jenkins.plugins.deploymentsop.report.dora.DoraPageFixture.HOSTILE_ENVIRONMENT;
import static io.jenkins.plugins.deploymentsop.report.dora.DoraPageFixture.HOSTILE_INCIDENT;
import static io.jenkins.plugins.deploymentsop.report.dora.DoraPageFixture.HOSTILE_JOB;
import static io.jenkins.plugins.deploymentsop.report.dora.DoraPageFixture.HOSTILE_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.dora.DoraWindow;
import io.jenkins.plugins.deploymentsop.report.DoraPageRenderer;
import io.jenkins.plugins.deploymentsop.report.dora.DoraPageFixture;
import io.jenkins.plugins.deploymentsop.report.dora.DoraPageRequest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DORA page rendered by the plugin's renderer, in a real browser under the strict policy of a Jenkins page. */
class DoraPageUiTest extends BrowserTestSupport {
    private static String serve(final String path) throws IOException {
        String stylesheet = pages.serveWebappFile("css/deployment-sop.css");
        String fragment = DoraPageRenderer.render(
                DoraPageFixture.report(), DoraPageRequest.of(DoraWindow.QUARTER, "DORA metrics of all jobs"));
        return pages.page(path, fragment, ReportPages.TAB_POLICY, List.of(stylesheet));
    }

    @Test
    void shouldShowTheMetricsWithTrendChartsUnderAStrictPolicy() throws IOException {
        browser.open(serve("/deployment-sop-dora/"));
        DoraMetricsPage page = new DoraMetricsPage(browser.driver());

        assertThat(page.heading()).contains("DORA metrics of all jobs");
        assertThat(page.cardTitles()).hasSize(5);
        assertThat(page.trendCharts()).isGreaterThanOrEqualTo(5);
        assertThat(page.tableRows()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page.exportLinks())
                .anyMatch(link -> link.contains("api/dora.json"))
                .anyMatch(link -> link.contains("api/dora.csv"));
        assertThat(page.cardStyle("border-top-width"))
                .as("the linked stylesheet applied")
                .isEqualTo("4px");
        browser.screenshot("dora-page.png");
        assertCleanPage(page::activeContent);
    }

    @Test
    void shouldKeepHostileNamesInertAndShowThemLiterally() throws IOException {
        browser.open(serve("/deployment-sop-dora/hostile"));
        DoraMetricsPage page = new DoraMetricsPage(browser.driver());

        assertThat(page.text()).contains(HOSTILE_SERVICE, HOSTILE_ENVIRONMENT, HOSTILE_JOB);
        assertThat(page.text()).contains(HOSTILE_INCIDENT.substring(0, 5));
        assertCleanPage(page::activeContent);
    }

    @Test
    void shouldFilterThroughThePlainFormWithoutScript() throws IOException {
        browser.open(serve("/deployment-sop-dora/form"));
        DoraMetricsPage page = new DoraMetricsPage(browser.driver());

        page.filterByService("cart");

        assertThat(page.currentUrl()).contains("/deployment-sop-dora/form?").contains("service=cart");
        assertThat(page.heading()).contains("DORA metrics");
        assertCleanPage(page::activeContent);
    }
}
