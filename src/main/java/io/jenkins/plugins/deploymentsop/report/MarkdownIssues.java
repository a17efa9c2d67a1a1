package io.jenkins.plugins.deploymentsop.report;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Incident;
import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import io.jenkins.plugins.deploymentsop.record.RollbackRun;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

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
        MarkdownTable rollbacks = new MarkdownTable(
                "Rollback", "Type", "Action", "Trigger", "Started", "Finished", "Took", "Result", "Detail");
        for (RollbackRun run : record.rollbackRuns()) {
            boolean first = true;
            for (RollbackEvent action : run.actions()) {
                rollbacks.row(
                        IssuesHtml.number(run),
                        action.type(),
                        IssuesHtml.actionName(action),
                        first ? action.trigger() : new MarkdownText.Markdown(""),
                        MarkdownReport.time(action.startedAt()),
                        MarkdownReport.time(action.finishedAt()),
                        IssuesHtml.took(action),
                        MarkdownReport.status(action.outcome()),
                        action.detail());
                first = false;
            }
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
        Optional<RollbackRun> rollback = record.rollbackRuns().stream()
                .filter(run -> run.startedAt().isPresent() && failure.at() != null)
                .filter(run -> !run.startedAt().get().isBefore(failure.at()))
                .min(Comparator.comparing(run -> run.startedAt().get()));
        return rollback.map(MarkdownIssues::describe).orElse("no rollback recorded");
    }

    /** Describes a rollback in one line: type, outcome and what each action did. */
    private static String describe(final RollbackRun run) {
        return run.type() + " rollback " + run.outcome() + ": "
                + run.actions().stream()
                        .map(action -> action.isWholeRollback()
                                ? Texts.orNone(action.detail())
                                : action.action() + " " + action.outcome()
                                        + (Texts.orEmpty(action.detail()).isBlank()
                                                ? ""
                                                : " (" + action.detail() + ")"))
                        .collect(Collectors.joining("; "));
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
