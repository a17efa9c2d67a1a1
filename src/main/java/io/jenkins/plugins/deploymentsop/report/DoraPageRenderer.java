package io.jenkins.plugins.deploymentsop.report;

import io.jenkins.plugins.deploymentsop.dora.DoraReport;
import io.jenkins.plugins.deploymentsop.report.dora.DoraPage;
import io.jenkins.plugins.deploymentsop.report.dora.DoraPageRequest;

/**
 * Renders the body of the DORA page as an HTML fragment for a Jelly view (inside Jenkins' layout) or a standalone
 * test page: heading, filter form (plain GET), export links ({@code api/dora.json}, {@code api/dora.csv}), one card per
 * metric with value, band and weekly trend chart, and the table per service and environment. Every user-supplied
 * string is escaped; the fragment has no script, no inline style and no event handler, and needs the classes of
 * {@code css/deployment-sop.css}.
 */
public final class DoraPageRenderer {
    private DoraPageRenderer() {}

    /**
     * Renders the page body.
     *
     * @param report the computed metrics (the filter it was computed with fills the form)
     * @param request the window to show, the heading and notices
     * @return the HTML fragment, also well-formed XML
     */
    public static String render(final DoraReport report, final DoraPageRequest request) {
        return DoraPage.render(report, request);
    }
}
