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

    /**
     * Applies an answer that was validated and permission-checked, knowing the groups of the person. Handlers that
     * record or check the groups themselves override it; the default passes the user id on.
     *
     * @param decisionId the decision
     * @param choice the canonical choice
     * @param decider who decided, with their groups
     * @param comment the comment, possibly empty
     * @throws IllegalStateException if the decision is no longer pending
     */
    default void decide(final String decisionId, final String choice, final Decider decider, final String comment) {
        decide(decisionId, choice, decider.userId(), comment);
    }

    /**
     * Tells whether a Jenkins administrator may answer this handler's questions without being named, as they may
     * answer an {@code input} step.
     *
     * @return {@code true} unless the handler only takes answers from the people it names
     */
    default boolean administratorsMaySettle() {
        return true;
    }
}
