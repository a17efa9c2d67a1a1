package io.jenkins.plugins.deploymentsop.ui.browser;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.report.DeploymentReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Puts reports on a {@link LoopbackPageServer} the way users meet them: the tab fragment inside a page shaped like
 * Jenkins' layout with the stylesheet linked as a file, or the self-contained HTML file, each under a strict policy.
 */
public final class ReportPages {
    /** The policy of the tab page, as strict as a Jenkins page can be with a stylesheet served by the plugin. */
    public static final String TAB_POLICY =
            "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'";

    /** Where Jenkins serves the plugin's {@code src/main/webapp}. */
    public static final String PLUGIN_ROOT = "/plugin/deployment-sop/";

    /** Where the report's stylesheet is served. */
    public static final String STYLESHEET_PATH = PLUGIN_ROOT + "css/deployment-report.css";

    /** The rendering time of every page, so screenshots do not change from run to run. */
    public static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private final LoopbackPageServer server;

    /**
     * Serves the plugin's stylesheet from the webapp folder, as Jenkins would.
     *
     * @param server the server
     * @throws IOException if the stylesheet cannot be read
     */
    public ReportPages(final LoopbackPageServer server) throws IOException {
        this.server = server;
        serveWebappFile("css/deployment-report.css");
    }

    /**
     * Serves a stylesheet of {@code src/main/webapp} at the path Jenkins gives it, e.g. for another page's CSS.
     *
     * @param webappPath the path inside {@code src/main/webapp}, e.g. {@code css/deployment-sop.css}
     * @return the path it is served at
     * @throws IOException if the file cannot be read
     */
    public String serveWebappFile(final String webappPath) throws IOException {
        String path = PLUGIN_ROOT + webappPath;
        server.stylesheet(path, Files.readString(Path.of("src/main/webapp", webappPath), StandardCharsets.UTF_8));
        return path;
    }

    /**
     * Serves the tab fragment of a record inside a page.
     *
     * @param path the page's path
     * @param record the record
     * @param policy the policy header, empty for none
     * @return the page's URL
     */
    public String tab(final String path, final DeploymentRecord record, final String policy) {
        return page(path, DeploymentReport.of(record, NOW).htmlFragment(), policy);
    }

    /**
     * Serves any fragment (e.g. another renderer's page) inside the same page shape.
     *
     * @param path the page's path
     * @param fragment the HTML fragment
     * @param policy the policy header, empty for none
     * @return the page's URL
     */
    public String page(final String path, final String fragment, final String policy) {
        return page(path, fragment, policy, List.of(STYLESHEET_PATH));
    }

    /**
     * Serves a fragment inside the page shape with the given stylesheets linked (served by {@link #serveWebappFile}).
     *
     * @param path the page's path
     * @param fragment the HTML fragment
     * @param policy the policy header, empty for none
     * @param stylesheets the paths of the stylesheets to link
     * @return the page's URL
     */
    public String page(final String path, final String fragment, final String policy, final List<String> stylesheets) {
        StringBuilder links = new StringBuilder();
        stylesheets.forEach(css ->
                links.append("<link rel=\"stylesheet\" href=\"").append(css).append("\">"));
        server.page(
                path,
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<title>Deployment Report [Jenkins]</title>"
                        + "<link rel=\"icon\" href=\"data:,\">"
                        + links
                        + "</head><body><div id=\"page-body\"><div id=\"main-panel\">"
                        + fragment
                        + "</div></div></body></html>",
                policy);
        return server.url(path);
    }

    /**
     * Serves the self-contained file of a record under the policy it declares itself.
     *
     * @param path the file's path
     * @param record the record
     * @param policy the policy header, empty for none
     * @return the file's URL
     */
    public String standalone(final String path, final DeploymentRecord record, final String policy) {
        server.page(path, DeploymentReport.of(record, NOW).standaloneHtml(), policy);
        return server.url(path);
    }
}
