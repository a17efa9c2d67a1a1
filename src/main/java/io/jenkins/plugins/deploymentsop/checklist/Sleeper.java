package io.jenkins.plugins.deploymentsop.checklist;

import java.time.Duration;

/** Waits between retries; tests pass one that only records the waits. */
@FunctionalInterface
public interface Sleeper {
    /** Really waits. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    /**
     * Waits.
     *
     * @param duration how long
     * @throws InterruptedException if the wait was interrupted
     */
    void sleep(Duration duration) throws InterruptedException;
}
