package io.jenkins.plugins.deploymentsop.rollout;

import java.time.Instant;

/**
 * Hears everything a canary rollout does, with timestamps: the deployment record's execution log, traffic changes,
 * step verdicts, questions and decisions. All methods have empty defaults; an observer must not throw.
 */
public interface CanaryObserver extends RolloutEvents<CanaryPhase> {
    /** An observer that ignores everything. */
    CanaryObserver NONE = new CanaryObserver() {};

    /**
     * A step was judged.
     *
     * @param verdict the step's verdict with its numbers
     */
    default void stepJudged(CanaryStepVerdict verdict) {}

    /**
     * The canary waits for a person.
     *
     * @param question what is asked
     */
    default void waitingForDecision(CanaryQuestion question) {}

    /**
     * A question was answered, by a person or by the timeout ({@code userId} {@code SYSTEM}).
     *
     * @param question the question
     * @param choice the answer
     * @param userId who answered
     * @param comment the comment, possibly empty
     * @param at when
     */
    default void decided(CanaryQuestion question, CanaryChoice choice, String userId, String comment, Instant at) {}
}
