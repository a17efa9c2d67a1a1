package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import java.time.Instant;

/**
 * Hears everything a canary rollout does, with timestamps: the deployment record's execution log, traffic changes,
 * step verdicts and decisions. All methods have empty defaults; an observer must not throw.
 */
public interface CanaryObserver {
    /** An observer that ignores everything. */
    CanaryObserver NONE = new CanaryObserver() {};

    /**
     * A phase began.
     *
     * @param phase the phase
     * @param at when
     * @param detail what it will do
     */
    default void phaseStarted(CanaryPhase phase, Instant at, String detail) {}

    /**
     * A phase ended.
     *
     * @param phase the phase
     * @param at when
     * @param detail its outcome
     */
    default void phaseFinished(CanaryPhase phase, Instant at, String detail) {}

    /**
     * The router was changed (or found after a restart) to serve a split.
     *
     * @param split the split
     * @param verified whether it was read back from the server
     * @param at when
     * @param detail e.g. {@code canary step 2 of 4}
     */
    default void trafficChanged(TrafficSplit split, boolean verified, Instant at, String detail) {}

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

    /**
     * The rollout decided something.
     *
     * @param decision what, e.g. {@code abort the canary}
     * @param reason why, with numbers
     * @param at when
     */
    default void decision(String decision, String reason, Instant at) {}
}
