package io.jenkins.plugins.deploymentsop.report;

import io.jenkins.plugins.deploymentsop.record.Approval;
import io.jenkins.plugins.deploymentsop.record.ChecklistEntry;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The checklists with their evidence and sign-offs (the pre-deployment one, and each further one under its name),
 * and every decision people made.
 */
final class ChecklistHtml {
    private ChecklistHtml() {}

    static void write(final ReportData data, final HtmlWriter html) {
        DeploymentRecord record = data.record();
        HtmlSection.open(html, "dsr-checklist", "Pre-deployment checklist");
        Map<String, List<ChecklistEntry>> checklists = Labels.checklists(record.getChecklist());
        if (checklists.isEmpty()) {
            HtmlSection.empty(html, "No checklist was recorded for this deployment.");
        }
        boolean named = !checklists.keySet().equals(Set.of(ChecklistEntry.DEFAULT_CHECKLIST));
        checklists.forEach((name, entries) -> {
            if (named) {
                // several checklists (a hand-off after the release, the rollback dry run): each under its name
                html.open("h4", "class", "dsr-subtitle").text("Checklist ");
                html.element("code", name, "class", "dsr-code").close();
            }
            table(html, record, entries);
        });
        decisions(html, record.getApprovals());
        html.close();
    }

    private static void table(
            final HtmlWriter html, final DeploymentRecord record, final List<ChecklistEntry> entries) {
        html.element("p", Labels.checklistCounts(entries), "class", "dsr-counts");
        HtmlSection.table(html, "dsr-checklist-table", "Item", "Group", "Severity", "Status", "Evidence", "Sign-off");
        for (ChecklistEntry entry : entries) {
            html.open("tr");
            html.open("td").element("strong", Texts.orNone(entry.title()));
            html.text(" ").element("code", Texts.orNone(entry.id()), "class", "dsr-code");
            html.close();
            HtmlSection.cell(html, entry.group());
            HtmlSection.cell(html, entry.severity());
            HtmlSection.statusCell(html, entry.status());
            evidence(html, entry);
            signOffs(html, record.getApprovals(), entry.qualifiedId());
            html.close();
        }
        HtmlSection.end(html);
    }

    private static void evidence(final HtmlWriter html, final ChecklistEntry entry) {
        html.open("td");
        html.element("span", Texts.orNone(entry.evidence()), "class", "dsr-evidence");
        if (!entry.details().isEmpty()) {
            html.open("ul", "class", "dsr-details");
            Map<String, String> sorted = new TreeMap<>(entry.details());
            sorted.forEach((name, value) -> html.element("li", name + ": " + value));
            html.close();
        }
        if (!entry.links().isEmpty()) {
            html.open("ul", "class", "dsr-links");
            for (String link : entry.links()) {
                html.open("li").link(link, link).close();
            }
            html.close();
        }
        html.close();
    }

    private static void signOffs(final HtmlWriter html, final List<Approval> approvals, final String itemId) {
        List<Approval> forItem = approvals.stream()
                .filter(approval -> itemId.equals(approval.itemId()))
                .toList();
        html.open("td");
        if (forItem.isEmpty()) {
            html.text(Texts.NONE);
        }
        for (Approval approval : forItem) {
            html.open("div", "class", "dsr-signoff");
            HtmlSection.badge(html, approval.decision());
            html.text(" by ").element("strong", Texts.orNone(approval.userId()));
            html.text(" at ").time(approval.at());
            if (!Texts.orEmpty(approval.comment()).isBlank()) {
                html.text(": ").element("q", approval.comment());
            }
            html.close();
        }
        html.close();
    }

    private static void decisions(final HtmlWriter html, final List<Approval> approvals) {
        html.element("h4", "Sign-offs and decisions", "class", "dsr-subtitle");
        if (approvals.isEmpty()) {
            HtmlSection.empty(html, "No sign-off or other decision was recorded.");
            return;
        }
        HtmlSection.table(html, "dsr-decisions-table", "Time", "Item", "Decision", "By", "Comment");
        for (Approval approval : approvals) {
            html.open("tr");
            HtmlSection.timeCell(html, approval.at());
            HtmlSection.codeCell(html, approval.itemId());
            HtmlSection.statusCell(html, approval.decision());
            HtmlSection.cell(html, approval.userId());
            HtmlSection.cell(html, approval.comment());
            html.close();
        }
        HtmlSection.end(html);
    }
}
