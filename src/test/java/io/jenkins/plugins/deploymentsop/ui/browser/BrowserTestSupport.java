package io.jenkins.plugins.deploymentsop.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One browser and one loopback server per test class; every test starts with an empty console and no CSP report, and
 * {@link #assertCleanPage} checks both after the page was used.
 */
abstract class BrowserTestSupport {
    static LoopbackPageServer server;
    static HeadlessChromium browser;
    static ReportPages pages;

    @BeforeAll
    static void startBrowserAndServer() throws IOException {
        server = LoopbackPageServer.start();
        pages = new ReportPages(server);
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowserAndServer() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private int reportsBefore;

    @BeforeEach
    void forgetEarlierMessages() {
        browser.consoleErrors();
        reportsBefore = server.violationReports().size();
    }

    /** Opens a URL and returns the report on it. */
    static ReportPage open(final String url) {
        browser.open(url);
        return new ReportPage(browser.driver());
    }

    /**
     * Checks that the report page logged no error to the console, posted no CSP violation report, opened no dialog and
     * holds no active content.
     *
     * @param page the page
     */
    void assertCleanPage(final ReportPage page) {
        assertCleanPage(page::activeContent);
    }

    /**
     * Checks that the current page logged no error to the console, posted no CSP violation report, opened no dialog
     * and holds no active content.
     *
     * @param activeContent what the page object finds active in the page (asked after the dialog check)
     */
    void assertCleanPage(final Supplier<List<String>> activeContent) {
        assertThat(browser.openDialog()).as("a dialog opened by the page").isEmpty();
        assertThat(activeContent.get())
                .as("script, loads or handlers in the page")
                .isEmpty();
        assertThat(browser.consoleErrors()).as("console errors").isEmpty();
        // reports are posted asynchronously; the console above already shows violations, this catches the posts
        settle(Duration.ofMillis(300));
        assertThat(server.violationReports()
                        .subList(reportsBefore, server.violationReports().size()))
                .as("CSP violation reports")
                .isEmpty();
    }

    private static void settle(final Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for CSP reports", exception);
        }
    }
}
