package io.jenkins.plugins.deploymentsop.report;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import java.time.Instant;

/**
 * The renderings of one deployment record: the entry point for the {@code deploymentReport} step and the build's
 * "Deployment Report" tab. Each method renders from the record as it was given; they are cheap enough to call per
 * request.
 */
public final class DeploymentReport {
    private final ReportData data;

    private DeploymentReport(final ReportData data) {
        this.data = data;
    }

    /**
     * Prepares the renderings of a record.
     *
     * @param record the record; not changed
     * @param now the time of rendering, the end of a deployment that still runs
     * @return the report
     */
    public static DeploymentReport of(final DeploymentRecord record, final Instant now) {
        return new DeploymentReport(ReportData.of(record, now));
    }

    /** Returns the HTML fragment of the "Deployment Report" tab (no script, no inline style). */
    public String htmlFragment() {
        return ReportHtml.render(data);
    }

    /** Returns the self-contained HTML document for the workspace (stylesheet inlined, allowed by a CSP hash). */
    public String standaloneHtml() {
        return StandaloneReportHtml.render(data);
    }

    /** Returns the Content-Security-Policy that {@link #standaloneHtml()} declares, for a server that serves it. */
    public static String standaloneContentSecurityPolicy() {
        return StandaloneReportHtml.contentSecurityPolicy();
    }

    /** Returns the Markdown report in the SOP's shape. */
    public String markdown() {
        return MarkdownReport.render(data);
    }

    /** Returns the record's JSON with the computed {@code "report"} block. */
    public String json() {
        return ReportJson.render(data);
    }

    /** Returns the one-line summary for the build page. */
    public ReportSummary summary() {
        return data.summary();
    }
}
