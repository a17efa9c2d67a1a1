package io.jenkins.plugins.deploymentsop.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.record.Incident;
import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Issues and resolutions: the rollbacks as executed and the incidents with their recovery times. */
final class IssuesHtml {
    private IssuesHtml() {}

    static void write(final ReportData data, final HtmlWriter html) {
        HtmlSection.open(html, "dsr-issues", "Rollbacks and incidents");
        rollbacks(html, data.record().getRollbacks());
        incidents(html, data.record().getIncidents());
        html.close();
    }

    private static void rollbacks(final HtmlWriter html, final List<RollbackEvent> rollbacks) {
        html.element("h4", "Rollbacks", "class", "dsr-subtitle");
        if (rollbacks.isEmpty()) {
            HtmlSection.empty(html, "No rollback was started.");
            return;
        }
        HtmlSection.table(
                html, "dsr-rollbacks-table", "Started", "Type", "Trigger", "Finished", "Took", "Result", "Detail");
        for (RollbackEvent rollback : rollbacks) {
            html.open("tr");
            HtmlSection.timeCell(html, rollback.startedAt());
            HtmlSection.cell(html, rollback.type());
            HtmlSection.cell(html, rollback.trigger());
            HtmlSection.timeCell(html, rollback.finishedAt());
            HtmlSection.cell(html, between(rollback.startedAt(), rollback.finishedAt()));
            HtmlSection.statusCell(html, result(rollback));
            HtmlSection.cell(html, rollback.detail());
            html.close();
        }
        HtmlSection.end(html);
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

    /** Returns SUCCEEDED, FAILED or RUNNING for a rollback. */
    static String result(final RollbackEvent rollback) {
        if (rollback.succeeded()) {
            return "SUCCEEDED";
        }
        return rollback.finishedAt() == null ? "RUNNING" : "FAILED";
    }

    /** Returns the recovery time of an incident as text, or why there is none. */
    static String recovery(final Incident incident) {
        // a record file may lack the detection time; recoveryTime() needs it
        return Optional.ofNullable(incident.detectedAt())
                .map(detected -> incident.recoveryTime().map(Durations::format).orElse("not restored"))
                .orElse(Texts.NONE);
    }

    /** Returns the time between two instants as text, or a dash when one is missing. */
    static String between(@CheckForNull final Instant start, @CheckForNull final Instant end) {
        if (start == null || end == null) {
            return Texts.NONE;
        }
        return Durations.format(Duration.between(start, end));
    }
}
