package io.jenkins.plugins.deploymentsop.report;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Incident;
import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/** The Markdown sections "Issues and Resolutions" and "Changes Deployed". */
final class MarkdownIssues {
    private MarkdownIssues() {}

    static void write(final ReportData data, final StringBuilder out) {
        DeploymentRecord record = data.record();
        out.append("## Issues and Resolutions\n\n### Issues Encountered\n\n");
        MarkdownTable issues = new MarkdownTable("Time", "Issue", "Resolution");
        for (TimelineEntry entry : record.getTimeline()) {
            if (entry.status() == TimelineEntry.Status.FAILED) {
                issues.row(
                        MarkdownReport.time(entry.at()),
                        Texts.orNone(entry.step()) + " " + Texts.orEmpty(entry.phase()) + ": "
                                + Texts.orNone(entry.message()),
                        resolutionAfter(record, entry));
            }
        }
        for (Incident incident : record.getIncidents()) {
            issues.row(
                    MarkdownReport.time(incident.detectedAt()),
                    Texts.orNone(incident.severity()) + " " + Texts.orNone(incident.rule()) + ": "
                            + Texts.orNone(incident.valuesSeen()),
                    "rolled back at " + MarkdownReport.time(incident.rolledBackAt()) + ", restored at "
                            + MarkdownReport.time(incident.restoredAt()) + ", recovery time "
                            + IssuesHtml.recovery(incident));
        }
        MarkdownReport.write(issues, out, "None.");

        out.append("### Rollbacks\n\n");
        MarkdownTable rollbacks =
                new MarkdownTable("Started", "Type", "Trigger", "Finished", "Took", "Result", "Detail");
        for (RollbackEvent rollback : record.getRollbacks()) {
            rollbacks.row(
                    MarkdownReport.time(rollback.startedAt()),
                    rollback.type(),
                    rollback.trigger(),
                    MarkdownReport.time(rollback.finishedAt()),
                    IssuesHtml.between(rollback.startedAt(), rollback.finishedAt()),
                    MarkdownReport.status(IssuesHtml.result(rollback)),
                    rollback.detail());
        }
        MarkdownReport.write(rollbacks, out, "No rollback was started.");

        out.append("### Incidents\n\n");
        MarkdownTable incidents = new MarkdownTable(
                "Incident", "Severity", "Rule", "Values Seen", "Detected", "Rolled Back", "Restored", "Recovery Time");
        for (Incident incident : record.getIncidents()) {
            incidents.row(
                    incident.id(),
                    incident.severity(),
                    incident.rule(),
                    incident.valuesSeen(),
                    MarkdownReport.time(incident.detectedAt()),
                    MarkdownReport.time(incident.rolledBackAt()),
                    MarkdownReport.time(incident.restoredAt()),
                    IssuesHtml.recovery(incident));
        }
        MarkdownReport.write(incidents, out, "No incident was recorded.");

        changes(data, out);
    }

    /** Describes the first rollback that started at or after a failure, the usual resolution of one. */
    private static String resolutionAfter(final DeploymentRecord record, final TimelineEntry failure) {
        Optional<RollbackEvent> rollback = record.getRollbacks().stream()
                .filter(event -> event.startedAt() != null && failure.at() != null)
                .filter(event -> !event.startedAt().isBefore(failure.at()))
                .min(Comparator.comparing(RollbackEvent::startedAt));
        return rollback.map(event -> Objects.toString(event.type(), "") + " rollback " + IssuesHtml.result(event) + ": "
                        + Texts.orNone(event.detail()))
                .orElse("no rollback recorded");
    }

    private static void changes(final ReportData data, final StringBuilder out) {
        out.append("## Changes Deployed\n\n");
        if (!data.leadTimes().isEmpty()) {
            out.append(MarkdownText.escape(LeadTime.summary(data.leadTimes()))).append("\n\n");
        }
        MarkdownTable changes = new MarkdownTable("Commit", "Author", "Message", "Committed", "Lead Time");
        for (LeadTime time : data.leadTimes()) {
            changes.row(
                    MarkdownText.code(time.change().commitId()),
                    time.change().author(),
                    time.change().message(),
                    MarkdownReport.time(time.change().committedAt()),
                    time.text());
        }
        MarkdownReport.write(changes, out, "No commit was recorded for this deployment.");
    }
}
