package io.jenkins.plugins.deploymentsop.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;

/** The outcome banner: outcome, what was deployed how, how long it took and who approved it. */
final class BannerHtml {
    private BannerHtml() {}

    static void write(final ReportData data, final HtmlWriter html) {
        DeploymentRecord record = data.record();
        StatusStyle style = StatusStyle.of(record.getOutcome());
        html.open("section", "id", "dsr-banner", "class", "dsr-banner " + style.cssClass());
        html.open("h2", "class", "dsr-banner-title");
        HtmlSection.badge(html, record.getOutcome());
        html.text(" ").element("span", Labels.title(record), "class", "dsr-banner-name");
        html.close();
        html.element("p", data.summary().getText(), "class", "dsr-banner-summary");
        html.open("dl", "class", "dsr-facts");
        fact(html, "Outcome", record.getOutcome());
        fact(html, "Version", Texts.orNone(record.getVersion()));
        fact(html, "Strategy", Labels.strategy(record.getStrategy()));
        fact(html, "Type", Labels.type(record.getType()));
        fact(html, "Duration", Durations.format(record.duration(data.now())));
        html.open("div")
                .element("dt", "Started")
                .open("dd")
                .time(record.getStartedAt())
                .close()
                .close();
        html.open("div")
                .element("dt", "Finished")
                .open("dd")
                .time(record.getFinishedAt())
                .close()
                .close();
        fact(html, "Approved by", Labels.approvers(record));
        fact(html, "Checklist", Labels.checklistCounts(record.getChecklist()));
        if (!Texts.orEmpty(record.getLiveColor()).isBlank()) {
            fact(html, "Live color", record.getLiveColor());
        }
        fact(html, "Job", Labels.job(record));
        fact(html, "Reason", Texts.orNone(record.getOutcomeReason()));
        html.close();
        html.close();
    }

    private static void fact(final HtmlWriter html, final String name, @CheckForNull final Object value) {
        html.open("div").element("dt", name).element("dd", Texts.orNone(value)).close();
    }
}
