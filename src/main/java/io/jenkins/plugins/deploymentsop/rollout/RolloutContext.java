package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import java.time.Clock;

/**
 * The collaborators a rollout machine uses during a tick. They are handed in on every call rather than kept, so the
 * machine's own state stays serializable and is rewired after a restart simply by passing a new context.
 *
 * @param router the traffic router
 * @param health the health check per colour
 * @param validation the validation hook (health and, later, metric rules)
 * @param observer who records what happens
 * @param clock the time source
 */
public record RolloutContext(
        TrafficRouter router, HealthGate health, ValidationHook validation, RolloutObserver observer, Clock clock) {}
