package io.jenkins.plugins.deploymentsop.rollback.plan;

import io.jenkins.plugins.deploymentsop.record.ChecklistEntry;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.rollback.watch.WatchEvent;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The result of the SOP's rollback test: a checklist of what a rollback of a given type would need. */
public final class DryRunReport implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The id of the dry run as a checklist item (SOP 002 exit gate "Rollback tested (dry-run successful)"). */
    public static final String CHECKLIST_ID = "rollback-dry-run";

    /** The phase of its timeline lines. */
    public static final String PHASE = "ROLLBACK_DRY_RUN";

    private final RollbackPlan plan;
    private final ArrayList<DryRunCheck> checks;

    DryRunReport(final RollbackPlan plan, final List<DryRunCheck> checks) {
        this.plan = plan;
        this.checks = new ArrayList<>(checks);
    }

    public RollbackPlan plan() {
        return plan;
    }

    public List<DryRunCheck> checks() {
        return Collections.unmodifiableList(checks);
    }

    /** Returns whether no check failed or erred (skipped checks do not count). */
    public boolean isSuccessful() {
        return checks.stream().noneMatch(DryRunCheck::isProblem);
    }

    /** Returns the result in one line, e.g. {@code TRAFFIC rollback dry run passed: 2 passed, 0 failed}. */
    public String summary() {
        long passed = count(DryRunCheck.Status.PASSED);
        long problems = checks.stream().filter(DryRunCheck::isProblem).count();
        long skipped = count(DryRunCheck.Status.SKIPPED);
        String problemText = checks.stream()
                .filter(DryRunCheck::isProblem)
                .map(check -> check.name() + " (" + check.detail() + ")")
                .collect(Collectors.joining("; "));
        return String.format(
                "%s rollback dry run %s: %d passed, %d failed, %d skipped%s",
                plan.type(),
                isSuccessful() ? "passed" : "failed",
                passed,
                problems,
                skipped,
                problemText.isEmpty() ? "" : ": " + problemText);
    }

    private long count(final DryRunCheck.Status status) {
        return checks.stream().filter(check -> check.status() == status).count();
    }

    /** Maps every check to a line of the deployment record's timeline. */
    public List<TimelineEntry> toTimeline() {
        return checks.stream()
                .map(check -> new TimelineEntry(
                        check.at(),
                        WatchEvent.STEP,
                        PHASE,
                        timelineStatus(check.status()),
                        check.name() + ": " + check.detail()))
                .collect(Collectors.toList());
    }

    private static TimelineEntry.Status timelineStatus(final DryRunCheck.Status status) {
        switch (status) {
            case PASSED:
                return TimelineEntry.Status.SUCCEEDED;
            case SKIPPED:
                return TimelineEntry.Status.SKIPPED;
            default:
                return TimelineEntry.Status.FAILED;
        }
    }

    /** Maps the dry run to a blocking checklist entry, the SOP's exit gate "Rollback tested (dry-run successful)". */
    public ChecklistEntry toChecklistEntry() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("type", plan.type().name());
        checks.forEach(check -> details.put(check.name(), check.status().name()));
        boolean error = checks.stream().anyMatch(check -> check.status() == DryRunCheck.Status.ERROR);
        String status = isSuccessful() ? "PASSED" : error ? "ERROR" : "FAILED";
        return new ChecklistEntry(
                CHECKLIST_ID,
                "Rollback tested (dry run)",
                "ROLLBACK",
                "BLOCKING",
                status,
                summary(),
                details,
                List.of());
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof DryRunReport
                && ((DryRunReport) o).plan.equals(plan)
                && ((DryRunReport) o).checks.equals(checks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plan, checks);
    }

    @Override
    public String toString() {
        return summary();
    }
}
