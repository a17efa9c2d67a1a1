package io.jenkins.plugins.deploymentsop.checklist;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The sign-off state of one manual item: waits for a decision until its deadline. Immutable: every change returns a
 * new gate, so the glue can persist each state as it is.
 */
public final class ManualGate implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Where the sign-off stands. */
    public enum Phase {
        WAITING,
        CONFIRMED,
        REJECTED,
        WAIVED,
        TIMED_OUT
    }

    private final String itemId;
    private final ManualPolicy policy;
    private final Instant startedAt;
    private final Phase phase;
    private final ArrayList<Decision> decisions;

    private ManualGate(
            final String itemId,
            final ManualPolicy policy,
            final Instant startedAt,
            final Phase phase,
            final List<Decision> decisions) {
        this.itemId = itemId;
        this.policy = policy;
        this.startedAt = startedAt;
        this.phase = phase;
        this.decisions = new ArrayList<>(decisions);
    }

    /**
     * Opens a gate that waits for a decision.
     *
     * @param itemId the manual item's id
     * @param policy who may decide and how long to wait
     * @param now when the wait starts
     * @return the waiting gate
     */
    public static ManualGate start(final String itemId, final ManualPolicy policy, final Instant now) {
        return new ManualGate(itemId, policy, now, Phase.WAITING, List.of());
    }

    public String itemId() {
        return itemId;
    }

    public ManualPolicy policy() {
        return policy;
    }

    public Phase phase() {
        return phase;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    /**
     * Returns when the gate fails if nobody decides.
     *
     * @return the deadline
     */
    public Instant deadline() {
        return startedAt.plus(policy.timeout().toDuration());
    }

    /**
     * Tells whether a user may decide on this item.
     *
     * @param userId the user's id
     * @param groups the user's groups
     * @return {@code true} if allowed
     */
    public boolean isAllowed(final String userId, final Collection<String> groups) {
        return policy.approvers().isAllowed(userId, groups);
    }

    /**
     * Fails the gate if it still waits at or after its deadline.
     *
     * @param now the current time
     * @return the gate, timed out if due
     */
    public ManualGate timeOutIfDue(final Instant now) {
        if (phase == Phase.WAITING && !now.isBefore(deadline())) {
            return new ManualGate(itemId, policy, startedAt, Phase.TIMED_OUT, decisions);
        }
        return this;
    }

    /**
     * Applies a person's decision.
     *
     * @param decision the decision
     * @return the new state
     * @throws DecisionRefusedException if the user may not decide or the gate does not take this decision now
     */
    public ManualGate apply(final Decision decision) {
        ManualGate current = timeOutIfDue(decision.time());
        if (!current.isAllowed(decision.userId(), decision.groups())) {
            throw new DecisionRefusedException(String.format(
                    "User '%s' may not decide on item '%s' (allowed: %s)",
                    decision.userId(), itemId, policy.approvers()));
        }
        Phase next = current.nextPhase(decision.kind());
        List<Decision> recorded = new ArrayList<>(decisions);
        recorded.add(decision);
        return new ManualGate(itemId, policy, startedAt, next, recorded);
    }

    private Phase nextPhase(final DecisionKind kind) {
        switch (kind) {
            case CONFIRM:
            case REJECT:
                if (phase != Phase.WAITING) {
                    throw new DecisionRefusedException(String.format(
                            "Item '%s' no longer waits for a decision: it is %s%s",
                            itemId, describePhase(), phase == Phase.TIMED_OUT ? "; only a waiver with a reason" : ""));
                }
                return kind == DecisionKind.CONFIRM ? Phase.CONFIRMED : Phase.REJECTED;
            default:
                if (phase == Phase.CONFIRMED || phase == Phase.WAIVED) {
                    throw new DecisionRefusedException(
                            String.format("Item '%s' needs no waiver: it is %s", itemId, describePhase()));
                }
                return Phase.WAIVED;
        }
    }

    /**
     * Maps the phase onto an item status (before the item's severity applies).
     *
     * @return the status
     */
    public ItemStatus status() {
        switch (phase) {
            case WAITING:
                return ItemStatus.PENDING;
            case CONFIRMED:
                return ItemStatus.PASSED;
            case WAIVED:
                return ItemStatus.WAIVED;
            default:
                return ItemStatus.FAILED;
        }
    }

    /**
     * Describes the state in one line, e.g. {@code confirmed by alice at ...: runbook reviewed}.
     *
     * @return the evidence
     */
    public String evidence() {
        switch (phase) {
            case WAITING:
                return String.format(
                        "Waiting for a decision by %s until %s%s",
                        policy.approvers(),
                        deadline(),
                        policy.instructions().isBlank() ? "" : ": " + policy.instructions());
            case TIMED_OUT:
                return String.format("No decision within %s: the deadline %s passed", policy.timeout(), deadline());
            default:
                return describePhase();
        }
    }

    private String describePhase() {
        switch (phase) {
            case WAITING:
                return "waiting";
            case TIMED_OUT:
                return "timed out at " + deadline();
            case CONFIRMED:
                return "confirmed" + lastDecisionText();
            case REJECTED:
                return "rejected" + lastDecisionText();
            default:
                return "waived" + lastDecisionText();
        }
    }

    private String lastDecisionText() {
        if (decisions.isEmpty()) {
            return "";
        }
        Decision last = decisions.get(decisions.size() - 1);
        return " by " + last.userId() + " at " + last.time() + (last.comment().isEmpty() ? "" : ": " + last.comment());
    }

    @Override
    public String toString() {
        return itemId + " " + phase;
    }
}
