package io.jenkins.plugins.deploymentsop.checklist;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A person's decision on an item, as recorded in the checklist: who, when, what and why.
 *
 * @param kind confirm, reject or waive
 * @param itemId the item decided on
 * @param userId the deciding user's id
 * @param groups the user's groups at the time of the decision (they justify the permission)
 * @param time when the decision was made
 * @param comment the comment; the reason of a waiver
 */
public record Decision(
        DecisionKind kind, String itemId, String userId, List<String> groups, Instant time, String comment)
        implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_COMMENT = 2000;

    /**
     * Validates the decision.
     *
     * @throws InvalidInputException if the user is blank, the comment too long or a waiver has no reason
     */
    public Decision {
        groups = List.copyOf(groups);
        comment = comment.strip();
        if (userId.isBlank()) {
            throw new InvalidInputException("userId", userId, "the id of the deciding user");
        }
        if (itemId.isBlank()) {
            throw new InvalidInputException("itemId", itemId, "the id of a checklist item");
        }
        if (comment.length() > MAX_COMMENT) {
            throw new InvalidInputException(
                    "comment", Texts.oneLine(comment, 40), "a comment of at most " + MAX_COMMENT + " characters");
        }
        if (kind == DecisionKind.WAIVE && comment.isEmpty()) {
            throw new InvalidInputException("reason", comment, "a non-empty reason for the waiver");
        }
    }

    /**
     * Creates a decision by a user without group information.
     *
     * @param kind the kind
     * @param itemId the item
     * @param userId the user
     * @param time the time
     * @param comment the comment
     * @return the decision
     */
    public static Decision of(
            final DecisionKind kind,
            final String itemId,
            final String userId,
            final Instant time,
            final String comment) {
        return new Decision(kind, itemId, userId, List.of(), time, comment);
    }

    /** Renders e.g. {@code CONFIRM by alice at 2026-03-03T10:15:00Z: runbook reviewed}. */
    @Override
    public String toString() {
        return kind + " by " + userId + " at " + time + (comment.isEmpty() ? "" : ": " + Texts.oneLine(comment, 200));
    }
}
