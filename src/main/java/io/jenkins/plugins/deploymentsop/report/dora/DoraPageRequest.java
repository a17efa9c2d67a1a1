package io.jenkins.plugins.deploymentsop.report.dora;

import io.jenkins.plugins.deploymentsop.dora.DoraWindow;
import java.util.ArrayList;
import java.util.List;

/**
 * What the DORA page shows besides the report: the window whose cards and table are displayed, a heading and
 * notices (e.g. the index health). Service and environment come from the report's filter.
 */
public final class DoraPageRequest {
    private final DoraWindow window;
    private final String heading;
    private final List<String> notices;

    private DoraPageRequest(final DoraWindow window, final String heading, final List<String> notices) {
        this.window = window;
        this.heading = heading;
        this.notices = List.copyOf(notices);
    }

    /**
     * Creates a request.
     *
     * @param window the window to display; must be one of the report's windows
     * @param heading the page heading, e.g. {@code DORA metrics of folder/shop} (escaped on output)
     * @return the request
     */
    public static DoraPageRequest of(final DoraWindow window, final String heading) {
        return new DoraPageRequest(window, heading, List.of());
    }

    /**
     * Adds a notice shown above the metrics, e.g. {@code 3 corrupt index lines were skipped}.
     *
     * @param notice the text (escaped on output)
     * @return a new request
     */
    public DoraPageRequest withNotice(final String notice) {
        List<String> all = new ArrayList<>(notices);
        all.add(notice);
        return new DoraPageRequest(window, heading, all);
    }

    public DoraWindow getWindow() {
        return window;
    }

    public String getHeading() {
        return heading;
    }

    public List<String> getNotices() {
        return notices;
    }
}
