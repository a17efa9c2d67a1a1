package io.jenkins.plugins.deploymentsop.rollback.watch;

import io.jenkins.plugins.deploymentsop.rollback.Choice;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A sustained breach of a manual rule that waits for a person: what the build page shows with its countdown and
 * the Roll back / Keep buttons.
 */
public final class PendingDecision extends Breach {
    private static final long serialVersionUID = 2L;

    private final Instant deadline;
    private final Choice onTimeout;

    PendingDecision(final Breach breach, final Instant deadline, final Choice onTimeout) {
        super(breach);
        this.deadline = deadline;
        this.onTimeout = onTimeout;
    }

    PendingDecision withDeadline(final Instant newDeadline) {
        return new PendingDecision(this, newDeadline, onTimeout);
    }

    /** Returns when the default applies if nobody decided. */
    public Instant deadline() {
        return deadline;
    }

    /** Returns what applies at the deadline. */
    public Choice onTimeout() {
        return onTimeout;
    }

    /**
     * Returns the time left to decide, for the countdown.
     *
     * @param now the current time
     * @return the time left, zero once the deadline passed
     */
    public Duration remaining(final Instant now) {
        Duration left = Duration.between(now, deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof PendingDecision)) {
            return false;
        }
        PendingDecision other = (PendingDecision) o;
        return sameBreach(other) && deadline.equals(other.deadline) && onTimeout == other.onTimeout;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId(), severity(), detectedAt(), deadline, onTimeout);
    }

    @Override
    public String toString() {
        return String.format("%s (%s): %s; decide by %s, then %s", ruleId(), severity(), reason(), deadline, onTimeout);
    }
}
