package io.jenkins.plugins.deploymentsop.rollback.watch;

import io.jenkins.plugins.deploymentsop.rollback.Severity;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Why a release has to be rolled back: the rule, its severity, the values seen, and who or what decided. */
public final class Trigger implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The rule id of a rollback a person started without a rule (security issue, data corruption, bug report). */
    public static final String PERSON_RULE_ID = "manual";

    /** Who or what decided the rollback. */
    public enum DecidedBy {
        /** An automatic rule. */
        RULE,
        /** A person, on a manual rule's request or on their own. */
        PERSON,
        /** The decision timeout of a manual rule, whose default is rollback. */
        TIMEOUT
    }

    private final String ruleId;
    private final String ruleText;
    private final Severity severity;
    private final String reason;
    private final ArrayList<SeenValue> valuesSeen;
    private final Instant breachStartedAt;
    private final Instant detectedAt;
    private final Instant decidedAt;
    private final DecidedBy decidedBy;
    private final String user;
    private final String comment;

    Trigger(
            final String ruleId,
            final String ruleText,
            final Severity severity,
            final String reason,
            final List<SeenValue> valuesSeen,
            final Instant breachStartedAt,
            final Instant detectedAt,
            final Instant decidedAt,
            final DecidedBy decidedBy,
            final String user,
            final String comment) {
        this.ruleId = ruleId;
        this.ruleText = ruleText;
        this.severity = severity;
        this.reason = reason;
        this.valuesSeen = new ArrayList<>(valuesSeen);
        this.breachStartedAt = breachStartedAt;
        this.detectedAt = detectedAt;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.user = user;
        this.comment = comment;
    }

    static Trigger fromPending(
            final PendingDecision pending,
            final DecidedBy decidedBy,
            final String user,
            final String comment,
            final Instant at) {
        return new Trigger(
                pending.ruleId(),
                pending.ruleText(),
                pending.severity(),
                pending.reason(),
                pending.valuesSeen(),
                pending.breachStartedAt(),
                pending.detectedAt(),
                at,
                decidedBy,
                user,
                comment);
    }

    public String ruleId() {
        return ruleId;
    }

    /** Returns the rule in one line, or the person's reason for a rollback without a rule. */
    public String ruleText() {
        return ruleText;
    }

    public Severity severity() {
        return severity;
    }

    /** Returns why, with the numbers. */
    public String reason() {
        return reason;
    }

    /** Returns the breaching samples: the first one and the latest ones. */
    public List<SeenValue> valuesSeen() {
        return Collections.unmodifiableList(valuesSeen);
    }

    /** Returns the values seen in one line, e.g. {@code 6.2%, 7%, 6.8%}. */
    public String valuesText() {
        return valuesSeen.stream().map(SeenValue::text).collect(Collectors.joining(", "));
    }

    public Instant breachStartedAt() {
        return breachStartedAt;
    }

    /** Returns when the breach was sustained: the start of the recovery time. */
    public Instant detectedAt() {
        return detectedAt;
    }

    /** Returns when the rollback was decided: equal to detection for automatic rules. */
    public Instant decidedAt() {
        return decidedAt;
    }

    public DecidedBy decidedBy() {
        return decidedBy;
    }

    /** Returns the deciding user, {@code SYSTEM} for a timeout, empty for an automatic rule. */
    public String user() {
        return user;
    }

    public String comment() {
        return comment;
    }

    /** Returns the trigger in one line, for the record and the build's failure message. */
    public String summary() {
        String by;
        switch (decidedBy) {
            case RULE:
                by = "automatic";
                break;
            case TIMEOUT:
                by = "no decision in time, default rollback";
                break;
            default:
                by = "decided by " + user + (comment.isEmpty() ? "" : ": " + comment);
                break;
        }
        return String.format("%s (%s) %s [%s]", ruleId, severity, reason, by);
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof Trigger)) {
            return false;
        }
        Trigger other = (Trigger) o;
        return ruleId.equals(other.ruleId)
                && ruleText.equals(other.ruleText)
                && severity == other.severity
                && reason.equals(other.reason)
                && valuesSeen.equals(other.valuesSeen)
                && breachStartedAt.equals(other.breachStartedAt)
                && detectedAt.equals(other.detectedAt)
                && decidedAt.equals(other.decidedAt)
                && decidedBy == other.decidedBy
                && user.equals(other.user)
                && comment.equals(other.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, detectedAt, decidedAt, decidedBy, user);
    }

    @Override
    public String toString() {
        return summary();
    }
}
