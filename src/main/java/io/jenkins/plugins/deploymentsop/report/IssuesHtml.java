package io.jenkins.plugins.deploymentsop.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.record.Incident;
import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import io.jenkins.plugins.deploymentsop.record.RollbackRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Issues and resolutions: the rollbacks as executed, one row per action (traffic, database, health, destroy), and the
 * incidents with their recovery times.
 */
final class IssuesHtml {
    private IssuesHtml() {}

    static void write(final ReportData data, final HtmlWriter html) {
        HtmlSection.open(html, "dsr-issues", "Rollbacks and incidents");
        rollbacks(html, data.record().rollbackRuns());
        incidents(html, data.record().getIncidents());
        html.close();
    }

    private static void rollbacks(final HtmlWriter html, final List<RollbackRun> runs) {
        html.element("h4", "Rollbacks", "class", "dsr-subtitle");
        if (runs.isEmpty()) {
            HtmlSection.empty(html, "No rollback was started.");
            return;
        }
        HtmlSection.table(
                html,
                "dsr-rollbacks-table",
                "Rollback",
                "Type",
                "Action",
                "Trigger",
                "Started",
                "Finished",
                "Took",
                "Result",
                "Detail");
        for (RollbackRun run : runs) {
            boolean first = true;
            for (RollbackEvent action : run.actions()) {
                html.open("tr");
                HtmlSection.cell(html, number(run));
                HtmlSection.cell(html, action.type());
                HtmlSection.cell(html, actionName(action));
                // the trigger belongs to the rollback: shown once, on its first action
                if (first) {
                    HtmlSection.cell(html, action.trigger());
                } else {
                    html.element("td", "");
                }
                HtmlSection.timeCell(html, action.startedAt());
                HtmlSection.timeCell(html, action.finishedAt());
                HtmlSection.cell(html, took(action));
                HtmlSection.statusCell(html, action.outcome());
                HtmlSection.cell(html, action.detail());
                html.close();
                first = false;
            }
        }
        HtmlSection.end(html);
    }

    /** Returns the rollback's number as shown, or a dash for an event the record did not number. */
    static String number(final RollbackRun run) {
        return run.number() == 0 ? Texts.NONE : String.valueOf(run.number());
    }

    /** Returns the action as shown: its word, or "whole rollback" for an event that stands for all actions. */
    static String actionName(final RollbackEvent action) {
        return action.isWholeRollback() ? "whole rollback" : Texts.orNone(action.action());
    }

    private static void incidents(final HtmlWriter html, final List<Incident> incidents) {
        html.element("h4", "Incidents", "class", "dsr-subtitle");
        if (incidents.isEmpty()) {
            HtmlSection.empty(html, "No incident was recorded.");
            return;
        }
        HtmlSection.table(
                html,
                "dsr-incidents-table",
                "Incident",
                "Severity",
                "Rule",
                "Values seen",
                "Detected",
                "Rolled back",
                "Restored",
                "Recovery time");
        for (Incident incident : incidents) {
            html.open("tr");
            HtmlSection.codeCell(html, incident.id());
            HtmlSection.statusCell(html, incident.severity());
            HtmlSection.cell(html, incident.rule());
            HtmlSection.cell(html, incident.valuesSeen());
            HtmlSection.timeCell(html, incident.detectedAt());
            HtmlSection.timeCell(html, incident.rolledBackAt());
            HtmlSection.timeCell(html, incident.restoredAt());
            HtmlSection.cell(html, recovery(incident));
            html.close();
        }
        HtmlSection.end(html);
    }

    /** Returns the recovery time of an incident as text, or why there is none. */
    static String recovery(final Incident incident) {
        // a record file may lack the detection time; recoveryTime() needs it
        return Optional.ofNullable(incident.detectedAt())
                .map(detected -> incident.recoveryTime().map(Durations::format).orElse("not restored"))
                .orElse(Texts.NONE);
    }

    /** Returns how long a rollback action took, to the millisecond when short, or a dash while it runs. */
    static String took(final RollbackEvent action) {
        if (action.startedAt() == null || action.finishedAt() == null) {
            return Texts.NONE;
        }
        return Durations.precise(Duration.between(action.startedAt(), action.finishedAt()));
    }

    /** Returns the time between two instants as text, or a dash when one is missing. */
    static String between(@CheckForNull final Instant start, @CheckForNull final Instant end) {
        if (start == null || end == null) {
            return Texts.NONE;
        }
        return Durations.format(Duration.between(start, end));
    }
}
