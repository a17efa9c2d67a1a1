package io.jenkins.plugins.deploymentsop.rollback.watch;

import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One thing that happened during a watch, with the numbers in its message. */
public final class WatchEvent implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The name of the step in timeline entries. */
    public static final String STEP = "rollbackIfUnhealthy";

    private final Instant at;
    private final EventType type;
    private final String ruleId;
    private final String message;

    WatchEvent(final Instant at, final EventType type, final String ruleId, final String message) {
        this.at = at;
        this.type = type;
        this.ruleId = ruleId;
        this.message = message;
    }

    public Instant at() {
        return at;
    }

    public EventType type() {
        return type;
    }

    /** Returns the rule the event is about, empty for watch-wide events. */
    public Optional<String> ruleId() {
        return ruleId.isEmpty() ? Optional.empty() : Optional.of(ruleId);
    }

    public String message() {
        return message;
    }

    /** Maps the event to a line of the deployment record's timeline. */
    public TimelineEntry toTimelineEntry() {
        return new TimelineEntry(at, STEP, type.name(), type.timelineStatus(), message);
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof WatchEvent)) {
            return false;
        }
        WatchEvent other = (WatchEvent) o;
        return at.equals(other.at)
                && type == other.type
                && ruleId.equals(other.ruleId)
                && message.equals(other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(at, type, ruleId, message);
    }

    @Override
    public String toString() {
        return at + " " + type + (ruleId.isEmpty() ? "" : " [" + ruleId + "]") + ": " + message;
    }
}
