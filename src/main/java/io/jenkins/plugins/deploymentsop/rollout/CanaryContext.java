package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import java.time.Clock;

/**
 * The collaborators of a canary rollout during a tick, handed in on every call so that the machine itself stays
 * serializable and is rewired after a restart by passing a new context.
 *
 * @param router the traffic router
 * @param checks the metric checks
 * @param observer who records what happens
 * @param clock the time source
 */
public record CanaryContext(TrafficRouter router, CanaryChecks checks, CanaryObserver observer, Clock clock) {}
