package io.jenkins.plugins.deploymentsop.rollback.plan;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rollback as it runs, one action at a time: {@link #begin} the next action, run it, {@link #complete} it. A
 * failed action skips the rest (the traffic switch comes first, so a failure never leaves the database restored
 * under the new version). Serializable, so a restarted controller knows which action was running.
 */
public final class RollbackProgress implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Where the rollback stands. */
    public enum Status {
        NOT_STARTED,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    private final RollbackPlan plan;
    private final String trigger;
    private final ArrayList<ActionResult> results = new ArrayList<>();

    @CheckForNull
    private Instant startedAt;

    @CheckForNull
    private Instant runningSince;

    /**
     * Prepares a rollback.
     *
     * @param plan the plan
     * @param trigger why it runs, in words (e.g. the trigger's summary)
     */
    public RollbackProgress(final RollbackPlan plan, final String trigger) {
        this.plan = plan;
        this.trigger = trigger;
    }

    /** Returns the next action to begin, empty when all are done or the rollback failed. */
    public Optional<PlannedAction> next() {
        if (runningSince != null
                || status() == Status.FAILED
                || results.size() == plan.actions().size()) {
            return Optional.empty();
        }
        return Optional.of(plan.actions().get(results.size()));
    }

    /** Returns the action that began but did not complete, e.g. when the controller restarted during it. */
    public Optional<PlannedAction> running() {
        return runningSince == null
                ? Optional.empty()
                : Optional.of(plan.actions().get(results.size()));
    }

    /**
     * Begins the next action.
     *
     * @param at when it starts
     * @return the action to run
     * @throws IllegalStateException if an action is running or none is left
     */
    public PlannedAction begin(final Instant at) {
        PlannedAction action = next().orElseThrow(
                        () -> new IllegalStateException("No action can begin: the rollback is " + status()
                                + running()
                                        .map(busy -> ", " + busy.kind() + " is running")
                                        .orElse("")));
        if (startedAt == null) {
            startedAt = at;
        }
        runningSince = at;
        return action;
    }

    /**
     * Completes the running action; a failure skips the actions after it.
     *
     * @param succeeded whether it reached its verified end state
     * @param detail what was done and verified, with the numbers
     * @param at when it ended
     * @throws IllegalStateException if no action is running
     */
    public void complete(final boolean succeeded, final String detail, final Instant at) {
        PlannedAction action = running().orElseThrow(() -> new IllegalStateException("No action is running"));
        Instant begun = runningSince == null ? at : runningSince;
        results.add(new ActionResult(
                action, succeeded ? ActionOutcome.SUCCEEDED : ActionOutcome.FAILED, begun, at, detail));
        runningSince = null;
        if (!succeeded) {
            for (int i = results.size(); i < plan.actions().size(); i++) {
                results.add(new ActionResult(
                        plan.actions().get(i),
                        ActionOutcome.SKIPPED,
                        at,
                        at,
                        "skipped because " + action.kind() + " failed"));
            }
        }
    }

    public Status status() {
        if (results.stream().anyMatch(result -> result.outcome() == ActionOutcome.FAILED)) {
            return Status.FAILED;
        }
        if (results.size() == plan.actions().size()) {
            return Status.SUCCEEDED;
        }
        return startedAt == null ? Status.NOT_STARTED : Status.RUNNING;
    }

    public RollbackPlan plan() {
        return plan;
    }

    public String trigger() {
        return trigger;
    }

    /** Returns the completed (and skipped) actions in order. */
    public List<ActionResult> results() {
        return Collections.unmodifiableList(results);
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    /** Returns when the last action ended, once the rollback succeeded or failed. */
    public Optional<Instant> finishedAt() {
        Status status = status();
        if (status != Status.SUCCEEDED && status != Status.FAILED) {
            return Optional.empty();
        }
        return Optional.of(results.get(results.size() - 1).finishedAt());
    }

    /** Returns when traffic was verified back on the previous version. */
    public Optional<Instant> rolledBackAt() {
        return finishedAt(ActionKind.SWITCH_TRAFFIC_BACK);
    }

    /** Returns when the previous version was verified healthy again: service restored. */
    public Optional<Instant> restoredAt() {
        return finishedAt(ActionKind.VERIFY_HEALTH);
    }

    private Optional<Instant> finishedAt(final ActionKind kind) {
        return results.stream()
                .filter(result -> result.kind() == kind && result.succeeded())
                .map(ActionResult::finishedAt)
                .findFirst();
    }

    /**
     * Maps the rollback to the deployment record: one event per action that began, each with its own start, end,
     * outcome and detail; the actions skipped after a failure are recorded as {@code SKIPPED}, the running one as
     * {@code RUNNING}. The actions not begun yet are not recorded.
     *
     * @param number the rollback's number in the record ({@code DeploymentRecord.nextRollbackNumber()})
     * @return the record's events of this rollback, in the order of the plan
     */
    public List<RollbackEvent> toRecords(final int number) {
        List<RollbackEvent> events = new ArrayList<>();
        for (ActionResult result : results) {
            events.add(new RollbackEvent(
                    number,
                    result.kind().name(),
                    plan.type().name(),
                    trigger,
                    result.startedAt(),
                    result.finishedAt(),
                    result.outcome().name(),
                    result.succeeded(),
                    result.detail()));
        }
        Instant since = runningSince;
        running()
                .ifPresent(action -> events.add(new RollbackEvent(
                        number,
                        action.kind().name(),
                        plan.type().name(),
                        trigger,
                        Objects.requireNonNull(since),
                        null,
                        RollbackEvent.RUNNING,
                        false,
                        action.description())));
        return events;
    }

    @Override
    public String toString() {
        return plan.type() + " rollback " + status() + ": " + results;
    }
}
