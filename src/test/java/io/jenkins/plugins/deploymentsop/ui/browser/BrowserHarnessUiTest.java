package io.jenkins.plugins.deploymentsop.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The detectors the report tests rely on do fire: a page that breaks the policy produces a CSP report and a console
 * error, a page that runs an injected handler opens a dialog, and active content is found. Without this, a clean
 * result could mean a blind harness.
 */
class BrowserHarnessUiTest extends BrowserTestSupport {
    @Test
    void shouldRecordAViolationOfThePolicy() throws InterruptedException {
        ReportPage page = open(pages.page(
                "/harness/inline-script",
                "<div class=\"dsr-report\"><p style=\"color: red\">styled</p><script>document.title='ran'</script></div>",
                ReportPages.TAB_POLICY));

        assertThat(browser.driver().getTitle())
                .as("the policy stopped the inline script")
                .doesNotContain("ran");
        assertThat(awaitReports(1)).as("CSP violation reports").isGreaterThanOrEqualTo(1);
        assertThat(browser.consoleErrors()).anyMatch(message -> message.contains("Content Security Policy"));
        assertThat(page.activeContent()).contains("element SCRIPT", "P @style");
    }

    @Test
    void shouldNoticeAnInjectedHandlerThatRuns() {
        ReportPage page = open(pages.page(
                "/harness/handler", "<div class=\"dsr-report\"><img src=\"x\" onerror=\"alert(1)\"></div>", ""));

        assertThat(browser.openDialog()).contains("1");
        assertThat(page.activeContent()).contains("element IMG", "IMG @onerror", "IMG @src=x");
        browser.consoleErrors();
    }

    @Test
    void shouldFailWithTheDebianPackagesWhenTheBrowserIsMissing() {
        assertThatThrownBy(() -> HeadlessChromium.requireExecutable(Path.of("/usr/bin/no-such-chromedriver")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/usr/bin/no-such-chromedriver is missing")
                .hasMessageContaining("apt-get install -y chromium chromium-driver");
    }

    private static int awaitReports(final int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (server.violationReports().size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        return server.violationReports().size();
    }
}
