package io.jenkins.plugins.deploymentsop.steps;

import io.jenkins.plugins.deploymentsop.ui.DecisionRegistry;
import io.jenkins.plugins.deploymentsop.ui.PendingDecision;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The people a test driver's build may wait for: they see the questions of the build's "Deployment Decisions" page
 * and answer them there (or not).
 */
@FunctionalInterface
public interface People {
    /** Nobody answers anything. */
    People NOBODY = pending -> false;

    /**
     * Looks at what the build waits for.
     *
     * @param pending the pending decisions of the build, earliest deadline first
     * @return whether someone answered
     * @throws Exception if answering failed
     */
    boolean answer(List<PendingDecision> pending) throws Exception;

    /**
     * Waits until the next tick is due, or less if someone answers a pending decision meanwhile (the execution then
     * ticks at once).
     *
     * @param delay until the next tick
     * @param buildId the build's externalizable id
     * @param people who may answer
     * @throws Exception if answering failed or the wait was interrupted
     */
    static void awaitTick(final Duration delay, final String buildId, final People people) throws Exception {
        long due = System.nanoTime() + delay.toNanos();
        while (true) {
            List<PendingDecision> pending = DecisionRegistry.pending(buildId);
            if (!pending.isEmpty() && people.answer(pending)) {
                return;
            }
            long left = due - System.nanoTime();
            if (left <= 0) {
                return;
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
        }
    }
}
