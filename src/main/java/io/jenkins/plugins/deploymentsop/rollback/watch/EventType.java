package io.jenkins.plugins.deploymentsop.rollback.watch;

import io.jenkins.plugins.deploymentsop.record.TimelineEntry;

/** What happened during a watch, as reported to the build log and the deployment record's timeline. */
public enum EventType {
    WATCH_STARTED(TimelineEntry.Status.STARTED),
    /** A baseline rule has no baseline value: its comparisons are "no data". */
    BASELINE_MISSING(TimelineEntry.Status.INFO),
    /** A rule's signal stopped giving data (or a comparison became impossible); reported once until data returns. */
    NO_DATA(TimelineEntry.Status.INFO),
    /** A rule's signal gives data again after missing samples. */
    DATA_RESUMED(TimelineEntry.Status.INFO),
    /** The first breaching sample of a rule; its sustained-for window starts. */
    BREACH_STARTED(TimelineEntry.Status.INFO),
    /** A breach ended before or after it was sustained; the window resets. */
    BREACH_ENDED(TimelineEntry.Status.INFO),
    /** A breach lasted its window and its consecutive count: the rule's action applies. */
    BREACH_SUSTAINED(TimelineEntry.Status.INFO),
    /** A person is asked to decide until a deadline. */
    DECISION_REQUESTED(TimelineEntry.Status.INFO),
    /** A pending request was replaced by a more severe breach. */
    DECISION_SUPERSEDED(TimelineEntry.Status.INFO),
    /** A person decided. */
    DECIDED(TimelineEntry.Status.INFO),
    /** Nobody decided in time; the rule's default applied. */
    DECISION_TIMED_OUT(TimelineEntry.Status.INFO),
    /** The release has to be rolled back now. */
    ROLLBACK_TRIGGERED(TimelineEntry.Status.FAILED),
    /** The version restored by a rollback breached a rule while watched after the rollback. */
    RESTORED_UNHEALTHY(TimelineEntry.Status.FAILED),
    /** The window ended without a rollback (or, after a rollback, with the restored version healthy throughout). */
    WATCH_PASSED(TimelineEntry.Status.SUCCEEDED);

    private final TimelineEntry.Status status;

    EventType(final TimelineEntry.Status status) {
        this.status = status;
    }

    /** Returns the status of the event's line in the deployment record's timeline. */
    public TimelineEntry.Status timelineStatus() {
        return status;
    }
}
