package io.jenkins.plugins.deploymentsop.report;

/** The commits deployed, each with its lead time from commit to the end of the deployment. */
final class ChangesHtml {
    private ChangesHtml() {}

    static void write(final ReportData data, final HtmlWriter html) {
        HtmlSection.open(html, "dsr-changes", "Changes");
        if (data.leadTimes().isEmpty()) {
            HtmlSection.empty(html, "No commit was recorded for this deployment.");
        } else {
            html.element("p", LeadTime.summary(data.leadTimes()), "class", "dsr-counts");
            HtmlSection.table(html, "dsr-changes-table", "Commit", "Author", "Message", "Committed", "Lead time");
            for (LeadTime time : data.leadTimes()) {
                html.open("tr");
                HtmlSection.codeCell(html, time.change().commitId());
                HtmlSection.cell(html, time.change().author());
                HtmlSection.cell(html, time.change().message());
                HtmlSection.timeCell(html, time.change().committedAt());
                HtmlSection.cell(html, time.text());
                html.close();
            }
            HtmlSection.end(html);
        }
        html.close();
    }
}
