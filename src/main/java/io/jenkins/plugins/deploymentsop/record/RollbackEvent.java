package io.jenkins.plugins.deploymentsop.record;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Instant;

/**
 * One action of a rollback as executed: the traffic switch, the database restore, the health check of the previous
 * version or the destruction of the failed environment, each with its own start, end, outcome and detail. The events
 * of one rollback share its {@link #rollback() number}, type and trigger.
 *
 * <p>A step that does not split its rollback into actions, and every record written before schema version 2, has
 * one event for the whole rollback: action {@link #WHOLE_ROLLBACK}.
 *
 * @param rollback which rollback of the deployment this action belongs to, from 1; 0 until the record numbers it
 * @param action {@code SWITCH_TRAFFIC_BACK}, {@code RESTORE_DATABASE}, {@code VERIFY_HEALTH},
 *     {@code DESTROY_FAILED_ENVIRONMENT}, or {@link #WHOLE_ROLLBACK}; an open word
 * @param type the rollback's type: TRAFFIC, DATABASE or FULL
 * @param trigger what triggered the rollback: a rule, a failed validation, a person
 * @param startedAt when the action started
 * @param finishedAt when it finished, null while running
 * @param outcome {@link #SUCCEEDED}, {@link #FAILED}, {@link #SKIPPED} (an earlier action failed) or {@link #RUNNING}
 * @param succeeded whether the action reached its verified end state: the same as outcome {@code SUCCEEDED}
 * @param detail what was done and verified, with its numbers
 */
public record RollbackEvent(
        int rollback,
        String action,
        String type,
        String trigger,
        Instant startedAt,
        @CheckForNull Instant finishedAt,
        String outcome,
        boolean succeeded,
        String detail) {
    /** The action of an event that stands for a whole rollback. */
    public static final String WHOLE_ROLLBACK = "ROLLBACK";

    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";
    public static final String SKIPPED = "SKIPPED";
    public static final String RUNNING = "RUNNING";

    /**
     * Fills what a record written before schema version 2 lacks: such an event is a whole rollback, and its outcome
     * follows from {@code succeeded} and {@code finishedAt}. A given outcome decides {@code succeeded}.
     */
    public RollbackEvent {
        rollback = Math.max(0, rollback);
        action = action == null || action.isBlank() ? WHOLE_ROLLBACK : action;
        if (outcome == null || outcome.isBlank()) {
            outcome = succeeded ? SUCCEEDED : finishedAt == null ? RUNNING : FAILED;
        }
        succeeded = SUCCEEDED.equals(outcome);
    }

    /**
     * Records a whole rollback as one event, e.g. a rollout's switch back; the record numbers it when it is added.
     *
     * @param type the rollback's type: TRAFFIC, DATABASE or FULL
     * @param trigger what triggered it
     * @param startedAt when it started
     * @param finishedAt when it finished, null while running
     * @param succeeded whether it reached its verified end state
     * @param detail what was done and verified
     */
    public RollbackEvent(
            final String type,
            final String trigger,
            final Instant startedAt,
            @CheckForNull final Instant finishedAt,
            final boolean succeeded,
            final String detail) {
        this(0, WHOLE_ROLLBACK, type, trigger, startedAt, finishedAt, "", succeeded, detail);
    }

    /** Returns whether this event stands for a whole rollback rather than one of its actions. */
    public boolean isWholeRollback() {
        return WHOLE_ROLLBACK.equals(action);
    }

    /** Returns whether the action is still running. */
    public boolean isRunning() {
        return RUNNING.equals(outcome);
    }

    /**
     * Returns the same event as the given rollback's.
     *
     * @param number the rollback's number in the record
     * @return the numbered event
     */
    public RollbackEvent numbered(final int number) {
        return new RollbackEvent(number, action, type, trigger, startedAt, finishedAt, outcome, succeeded, detail);
    }

    /**
     * Tells whether this event records the same action of the same rollback as another, i.e. replaces it.
     *
     * @param other the other event
     * @return whether both have the same rollback number and action
     */
    public boolean isSameActionAs(final RollbackEvent other) {
        return rollback == other.rollback && action.equals(other.action);
    }
}
