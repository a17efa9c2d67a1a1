package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import java.time.Clock;
import java.time.Instant;

/**
 * What the parts both rollout machines share ({@link PhaseTrack}, {@link VerifiedTraffic}, {@link SwitchBack}) use of
 * one call's collaborators: the router, the clock and the observer's events. Each machine builds it from its own
 * context, which stays a separate public type.
 *
 * @param router the traffic router
 * @param clock the time source
 * @param events the machine's observer
 * @param <P> the machine's phases
 */
record RolloutTools<P extends Enum<P>>(TrafficRouter router, Clock clock, RolloutEvents<P> events) {

    Instant now() {
        return clock.instant();
    }

    /** Reports a decision now. */
    void decide(final String what, final String why) {
        events.decision(what, why, now());
    }

    /** Reports a split read back from the router now. */
    void verified(final TrafficSplit split, final String detail) {
        events.trafficChanged(split, true, now(), detail);
    }
}
