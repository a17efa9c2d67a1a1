package io.jenkins.plugins.deploymentsop.rollback.watch;

import java.time.Instant;
import java.util.Objects;

/** Why a release has to be rolled back: the rule, its severity, the values seen, and who or what decided. */
public final class Trigger extends Breach {
    private static final long serialVersionUID = 2L;

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

    private final Instant decidedAt;
    private final DecidedBy decidedBy;
    private final String user;
    private final String comment;

    /**
     * Creates the trigger of a breach.
     *
     * @param breach the breach, e.g. the one a person was asked about
     * @param decidedAt when the rollback was decided
     * @param decidedBy who or what decided
     * @param user the deciding user, {@code SYSTEM} for a timeout, empty for an automatic rule
     * @param comment the user's comment, possibly empty
     */
    Trigger(
            final Breach breach,
            final Instant decidedAt,
            final DecidedBy decidedBy,
            final String user,
            final String comment) {
        super(breach);
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.user = user;
        this.comment = comment;
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
        return String.format("%s (%s) %s [%s]", ruleId(), severity(), reason(), by);
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof Trigger)) {
            return false;
        }
        Trigger other = (Trigger) o;
        return sameBreach(other)
                && decidedAt.equals(other.decidedAt)
                && decidedBy == other.decidedBy
                && user.equals(other.user)
                && comment.equals(other.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId(), severity(), detectedAt(), decidedAt, decidedBy, user);
    }

    @Override
    public String toString() {
        return summary();
    }
}
