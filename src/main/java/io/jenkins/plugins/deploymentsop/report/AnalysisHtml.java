package io.jenkins.plugins.deploymentsop.report;

import io.jenkins.plugins.deploymentsop.record.AnalysisVerdict;
import io.jenkins.plugins.deploymentsop.record.MetricVerdict;
import java.util.List;

/** The analysis verdicts (canary steps, validation) with every metric's verdict and the statistics behind it. */
final class AnalysisHtml {
    private AnalysisHtml() {}

    static void write(final ReportData data, final HtmlWriter html) {
        HtmlSection.open(html, "dsr-analysis", "Canary steps and analysis");
        List<AnalysisVerdict> verdicts = data.record().getVerdicts();
        if (verdicts.isEmpty()) {
            HtmlSection.empty(html, "No analysis verdict was recorded.");
        }
        for (AnalysisVerdict verdict : verdicts) {
            html.open("article", "class", "dsr-verdict");
            html.open("h4", "class", "dsr-subtitle");
            HtmlSection.badge(html, verdict.verdict());
            html.text(" ").text(Texts.orNone(verdict.stage()));
            html.close();
            html.open("p", "class", "dsr-verdict-facts");
            html.time(verdict.at());
            html.text(" · canary weight " + Numbers.withUnit(verdict.canaryWeight(), "%"));
            html.text(" · score " + Numbers.format(verdict.score()));
            html.close();
            html.element("p", Texts.orNone(verdict.reason()), "class", "dsr-verdict-reason");
            metrics(html, verdict.metrics());
            html.close();
        }
        html.close();
    }

    private static void metrics(final HtmlWriter html, final List<MetricVerdict> metrics) {
        if (metrics.isEmpty()) {
            HtmlSection.empty(html, "No metric was judged in this analysis.");
            return;
        }
        HtmlSection.table(
                html,
                "dsr-metric-verdicts",
                "Metric",
                "Verdict",
                "Canary",
                "Baseline",
                "Samples (canary / baseline)",
                "Statistic",
                "p-value",
                "Interval",
                "Effect",
                "Reason",
                "Other numbers");
        for (MetricVerdict metric : metrics) {
            VerdictNumbers numbers = new VerdictNumbers(metric.numbers());
            html.open("tr");
            HtmlSection.cell(html, metric.metric());
            HtmlSection.statusCell(html, metric.verdict());
            HtmlSection.cell(html, numbers.value(VerdictNumbers.CANARY));
            HtmlSection.cell(html, numbers.value(VerdictNumbers.BASELINE));
            HtmlSection.cell(html, numbers.samples());
            HtmlSection.cell(html, numbers.value(VerdictNumbers.STATISTIC));
            HtmlSection.cell(html, numbers.value(VerdictNumbers.P_VALUE));
            HtmlSection.cell(html, numbers.interval());
            HtmlSection.cell(html, numbers.value(VerdictNumbers.EFFECT));
            HtmlSection.cell(html, metric.reason());
            HtmlSection.cell(html, String.join(", ", numbers.others()));
            html.close();
        }
        HtmlSection.end(html);
    }
}
