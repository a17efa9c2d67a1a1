package io.jenkins.plugins.deploymentsop.ui;

/** Receives a person's answer to a {@link PendingDecision}: implemented by the waiting step execution. */
@FunctionalInterface
public interface DecisionHandler {
    /**
     * Applies an answer that was validated and permission-checked.
     *
     * @param decisionId the decision
     * @param choice the canonical choice
     * @param userId who decided
     * @param comment the comment, possibly empty
     * @throws IllegalStateException if the decision is no longer pending
     */
    void decide(String decisionId, String choice, String userId, String comment);
}
