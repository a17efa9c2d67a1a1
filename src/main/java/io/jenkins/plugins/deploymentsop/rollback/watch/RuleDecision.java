package io.jenkins.plugins.deploymentsop.rollback.watch;

import io.jenkins.plugins.deploymentsop.record.Approval;
import io.jenkins.plugins.deploymentsop.rollback.Choice;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A decision on a manual rule's breach, by a person or by the timeout ({@code SYSTEM}). */
public final class RuleDecision implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The prefix of the approval item ids, e.g. {@code rollback-rule:error-rate-p1}. */
    public static final String ITEM_PREFIX = "rollback-rule:";

    private final String ruleId;
    private final Choice choice;
    private final String user;
    private final String comment;
    private final Instant at;
    private final boolean byTimeout;

    RuleDecision(
            final String ruleId,
            final Choice choice,
            final String user,
            final String comment,
            final Instant at,
            final boolean byTimeout) {
        this.ruleId = ruleId;
        this.choice = choice;
        this.user = user;
        this.comment = comment;
        this.at = at;
        this.byTimeout = byTimeout;
    }

    public String ruleId() {
        return ruleId;
    }

    public Choice choice() {
        return choice;
    }

    public String user() {
        return user;
    }

    public String comment() {
        return comment;
    }

    public Instant at() {
        return at;
    }

    public boolean isByTimeout() {
        return byTimeout;
    }

    /** Maps the decision to an approval of the deployment record (decision ROLLBACK or KEEP). */
    public Approval toApproval() {
        return new Approval(ITEM_PREFIX + ruleId, choice.name(), user, comment, at);
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof RuleDecision)) {
            return false;
        }
        RuleDecision other = (RuleDecision) o;
        return ruleId.equals(other.ruleId)
                && choice == other.choice
                && user.equals(other.user)
                && comment.equals(other.comment)
                && at.equals(other.at)
                && byTimeout == other.byTimeout;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, choice, user, comment, at, byTimeout);
    }

    @Override
    public String toString() {
        return String.format("%s %s by %s at %s%s", choice, ruleId, user, at, byTimeout ? " (timeout)" : "");
    }
}
