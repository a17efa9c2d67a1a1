package io.jenkins.plugins.deploymentsop.rollback.watch;

import io.jenkins.plugins.deploymentsop.rollback.Choice;
import io.jenkins.plugins.deploymentsop.rollback.Severity;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A sustained breach of a manual rule that waits for a person: what the build page shows with its countdown and
 * the Roll back / Keep buttons.
 */
public final class PendingDecision implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final String ruleText;
    private final Severity severity;
    private final String reason;
    private final ArrayList<SeenValue> valuesSeen;
    private final Instant breachStartedAt;
    private final Instant detectedAt;
    private final Instant deadline;
    private final Choice onTimeout;

    PendingDecision(
            final String ruleId,
            final String ruleText,
            final Severity severity,
            final String reason,
            final List<SeenValue> valuesSeen,
            final Instant breachStartedAt,
            final Instant detectedAt,
            final Instant deadline,
            final Choice onTimeout) {
        this.ruleId = ruleId;
        this.ruleText = ruleText;
        this.severity = severity;
        this.reason = reason;
        this.valuesSeen = new ArrayList<>(valuesSeen);
        this.breachStartedAt = breachStartedAt;
        this.detectedAt = detectedAt;
        this.deadline = deadline;
        this.onTimeout = onTimeout;
    }

    PendingDecision withDeadline(final Instant newDeadline) {
        return new PendingDecision(
                ruleId, ruleText, severity, reason, valuesSeen, breachStartedAt, detectedAt, newDeadline, onTimeout);
    }

    public String ruleId() {
        return ruleId;
    }

    /** Returns the rule in one line, e.g. {@code error rate > 5% for 2m → P1, manual within 5m, then rollback}. */
    public String ruleText() {
        return ruleText;
    }

    public Severity severity() {
        return severity;
    }

    /** Returns why the person is asked, with the numbers. */
    public String reason() {
        return reason;
    }

    public List<SeenValue> valuesSeen() {
        return Collections.unmodifiableList(valuesSeen);
    }

    public Instant breachStartedAt() {
        return breachStartedAt;
    }

    /** Returns when the breach was sustained: the incident's detection time. */
    public Instant detectedAt() {
        return detectedAt;
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
        return ruleId.equals(other.ruleId)
                && ruleText.equals(other.ruleText)
                && severity == other.severity
                && reason.equals(other.reason)
                && valuesSeen.equals(other.valuesSeen)
                && breachStartedAt.equals(other.breachStartedAt)
                && detectedAt.equals(other.detectedAt)
                && deadline.equals(other.deadline)
                && onTimeout == other.onTimeout;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, detectedAt, deadline, onTimeout);
    }

    @Override
    public String toString() {
        return String.format("%s (%s): %s; decide by %s, then %s", ruleId, severity, reason, deadline, onTimeout);
    }
}
