package io.jenkins.plugins.deploymentsop.rollback.watch;

import java.util.List;

/**
 * What one tick (or a decision) produced: the events to log and record, in order, and the decision.
 *
 * @param events what happened, in order
 * @param decision what the caller has to do now
 */
public record TickResult(List<WatchEvent> events, WatchDecision decision) {
    public TickResult {
        events = List.copyOf(events);
    }
}
