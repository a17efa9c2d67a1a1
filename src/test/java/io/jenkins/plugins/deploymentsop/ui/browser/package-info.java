/**
 * Browser tests (*UiTest, failsafe): reports rendered by the plugin's own code are served on loopback under a strict
 * Content-Security-Policy and opened in Debian's headless Chromium through Selenium. {@link
 * io.jenkins.plugins.deploymentsop.ui.browser.ReportPage} is the page object; {@link
 * io.jenkins.plugins.deploymentsop.ui.browser.BrowserTestSupport} gives each test class a browser, a server and the
 * clean-page check (no console error, no CSP report, no dialog, no active content).
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.ui.browser;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
