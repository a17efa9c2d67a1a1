package io.jenkins.plugins.deploymentsop.endtoend;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * Writes what the scenario left behind as pages to open in a browser, without Jenkins: each build's deployment report
 * (the plugin's own self-contained file), the job's DORA page (the page body with the plugin's stylesheet inlined),
 * and an index with the outcome of each build and the scenario's progress.
 */
final class DemoPages {
    static final String INDEX = "index.html";
    static final String DORA = "dora.html";

    private static final String INDEX_STYLE = "body{font-family:sans-serif;margin:2em;max-width:80em}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}"
            + "pre{white-space:pre-wrap;background:#f6f8fa;padding:1em}";

    private DemoPages() {}

    static String reportFile(final int build) {
        return "build-" + build + ".html";
    }

    /**
     * Writes the pages.
     *
     * @param dir the folder; created if missing
     * @param result what the scenario left behind
     * @param progress the scenario's progress, line by line
     * @param doraStylesheet the stylesheet of the DORA page ({@code src/main/webapp/css/deployment-sop.css})
     * @return the index page
     * @throws IOException if a page cannot be written
     */
    static Path write(
            final Path dir, final ScenarioResult result, final List<String> progress, final String doraStylesheet)
            throws IOException {
        Files.createDirectories(dir);
        for (BuildResult build : result.builds()) {
            Files.writeString(dir.resolve(reportFile(build.number())), build.standaloneHtml(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve(DORA), doraPage(result.doraHtml(), doraStylesheet), StandardCharsets.UTF_8);
        Path index = dir.resolve(INDEX);
        Files.writeString(index, index(result, progress), StandardCharsets.UTF_8);
        return index;
    }

    private static String doraPage(final String body, final String stylesheet) {
        if (stylesheet.contains("</")) {
            throw new IllegalArgumentException("a stylesheet to inline must not contain '</'");
        }
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                + hashSource(stylesheet) + "; img-src data:; base-uri 'none'; form-action 'none'\"/>"
                + "<title>DORA metrics (demo)</title><style>" + stylesheet + "</style></head><body><main>"
                + "<p><a href=\"" + INDEX + "\">Back to the demo</a></p>" + body + "</main></body></html>\n";
    }

    private static String index(final ScenarioResult result, final List<String> progress) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                + hashSource(INDEX_STYLE) + "; base-uri 'none'\"/>"
                + "<title>Deployment SOP demo</title><style>" + INDEX_STYLE + "</style></head><body>"
                + "<h1>Deployment SOP demo: three releases of shop</h1>"
                + "<p>Played against real nginx and Prometheus on loopback in "
                + result.took().toSeconds() + " s. Each report is the self-contained file <code>deploymentReport"
                + "</code> writes; the DORA page is the body of the job's DORA Metrics page.</p>"
                + "<table><thead><tr><th>Build</th><th>Version</th><th>Outcome</th><th>Reason</th><th>Report</th>"
                + "</tr></thead><tbody>");
        for (BuildResult build : result.builds()) {
            DeploymentRecord record = build.record();
            html.append("<tr><td>#")
                    .append(build.number())
                    .append("</td><td>")
                    .append(escape(record.getVersion()))
                    .append("</td><td>")
                    .append(record.getOutcome())
                    .append("</td><td>")
                    .append(escape(record.getOutcomeReason()))
                    .append("</td><td><a href=\"")
                    .append(reportFile(build.number()))
                    .append("\">deployment report</a></td></tr>");
        }
        html.append("</tbody></table><p><a href=\"")
                .append(DORA)
                .append("\">DORA metrics of the job</a></p><h2>What happened</h2><pre>");
        progress.forEach(line -> html.append(escape(line)).append('\n'));
        return html.append("</pre></body></html>\n").toString();
    }

    static String escape(final String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String hashSource(final String stylesheet) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(stylesheet.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException("Every Java runtime has SHA-256", exception);
        }
    }
}
