package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import java.time.Clock;
import java.time.Instant;

/**
 * What the parts both rollout machines share ({@link PhaseTrack}, {@link VerifiedTraffic}, {@link SwitchBack}) use of
 * one call's collaborators: the router, the clock and the observer's events. Each machine builds it from its own
 * context and observer, which stay separate public types.
 *
 * @param router the traffic router
 * @param clock the time source
 * @param phaseStarted the observer's phase start
 * @param phaseFinished the observer's phase end
 * @param trafficChanged the observer's traffic change
 * @param decision the observer's decision
 * @param <P> the machine's phases
 */
record RolloutTools<P extends Enum<P>>(
        TrafficRouter router,
        Clock clock,
        PhaseEvent<P> phaseStarted,
        PhaseEvent<P> phaseFinished,
        TrafficEvent trafficChanged,
        DecisionEvent decision) {

    /** A phase started or finished. */
    @FunctionalInterface
    interface PhaseEvent<P> {
        void report(P phase, Instant at, String detail);
    }

    /** The router serves a split. */
    @FunctionalInterface
    interface TrafficEvent {
        void report(TrafficSplit split, boolean verified, Instant at, String detail);
    }

    /** The machine decided something. */
    @FunctionalInterface
    interface DecisionEvent {
        void report(String decision, String reason, Instant at);
    }

    Instant now() {
        return clock.instant();
    }

    /** Reports a decision now. */
    void decide(final String what, final String why) {
        decision.report(what, why, now());
    }

    /** Reports a split read back from the router now. */
    void verified(final TrafficSplit split, final String detail) {
        trafficChanged.report(split, true, now(), detail);
    }
}
