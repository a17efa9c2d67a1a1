package io.jenkins.plugins.deploymentsop.report;

import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import java.util.List;

/** The execution log: every phase each step went through, in order. */
final class TimelineHtml {
    private TimelineHtml() {}

    static void write(final ReportData data, final HtmlWriter html) {
        HtmlSection.open(html, "dsr-timeline", "Execution log");
        List<TimelineEntry> timeline = data.record().getTimeline();
        if (timeline.isEmpty()) {
            HtmlSection.empty(html, "No step of this deployment wrote to the execution log.");
        } else {
            HtmlSection.table(html, "dsr-timeline-table", "Time", "Step", "Phase", "Status", "Notes");
            for (TimelineEntry entry : timeline) {
                html.open("tr");
                HtmlSection.timeCell(html, entry.at());
                HtmlSection.codeCell(html, entry.step());
                HtmlSection.cell(html, entry.phase());
                HtmlSection.statusCell(html, entry.status());
                HtmlSection.cell(html, entry.message());
                html.close();
            }
            HtmlSection.end(html);
        }
        html.close();
    }
}
