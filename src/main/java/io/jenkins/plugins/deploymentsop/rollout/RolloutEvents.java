package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import java.time.Instant;

/**
 * What every rollout machine reports, with timestamps: its phases, the splits the router serves and its decisions.
 * {@link RolloutObserver} and {@link CanaryObserver} hear these for their machine's phases, and more. All methods have
 * empty defaults; an observer must not throw.
 *
 * @param <P> the machine's phases
 */
public interface RolloutEvents<P extends Enum<P>> {
    /**
     * A phase began.
     *
     * @param phase the phase
     * @param at when
     * @param detail what it will do, e.g. {@code deploy to green}
     */
    default void phaseStarted(P phase, Instant at, String detail) {}

    /**
     * A phase ended.
     *
     * @param phase the phase
     * @param at when
     * @param detail its outcome
     */
    default void phaseFinished(P phase, Instant at, String detail) {}

    /**
     * The router was changed (or, after a restart, found) to serve a split.
     *
     * @param split the split
     * @param verified whether it was read back from the server
     * @param at when
     * @param detail e.g. {@code step 2 of 4}
     */
    default void trafficChanged(TrafficSplit split, boolean verified, Instant at, String detail) {}

    /**
     * The rollout decided something.
     *
     * @param decision what, e.g. {@code switch back to blue}
     * @param reason why, with numbers
     * @param at when
     */
    default void decision(String decision, String reason, Instant at) {}
}
