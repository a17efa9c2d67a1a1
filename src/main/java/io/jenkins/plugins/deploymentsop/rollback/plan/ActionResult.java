package io.jenkins.plugins.deploymentsop.rollback.plan;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** An action of a rollback as it ran: outcome, start, end and what was done and verified. */
public final class ActionResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PlannedAction action;
    private final ActionOutcome outcome;
    private final Instant startedAt;
    private final Instant finishedAt;
    private final String detail;

    ActionResult(
            final PlannedAction action,
            final ActionOutcome outcome,
            final Instant startedAt,
            final Instant finishedAt,
            final String detail) {
        this.action = action;
        this.outcome = outcome;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.detail = detail;
    }

    public PlannedAction action() {
        return action;
    }

    public ActionKind kind() {
        return action.kind();
    }

    public ActionOutcome outcome() {
        return outcome;
    }

    public boolean succeeded() {
        return outcome == ActionOutcome.SUCCEEDED;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }

    public String detail() {
        return detail;
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof ActionResult)) {
            return false;
        }
        ActionResult other = (ActionResult) o;
        return action.equals(other.action)
                && outcome == other.outcome
                && startedAt.equals(other.startedAt)
                && finishedAt.equals(other.finishedAt)
                && detail.equals(other.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(action, outcome, startedAt, finishedAt, detail);
    }

    /** Renders e.g. {@code SWITCH_TRAFFIC_BACK SUCCEEDED in 12ms: blue 100%, green 0% (verified)}. */
    @Override
    public String toString() {
        return String.format(
                "%s %s in %dms%s",
                action.kind(), outcome, duration().toMillis(), detail.isEmpty() ? "" : ": " + detail);
    }
}
