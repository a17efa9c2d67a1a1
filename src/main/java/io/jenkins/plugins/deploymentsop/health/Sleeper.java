package io.jenkins.plugins.deploymentsop.health;

import java.time.Duration;

/** Waits between probe attempts; tests pass one that advances a fake clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps for real. */
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    /**
     * Waits.
     *
     * @param duration how long
     * @throws InterruptedException if interrupted
     */
    void sleep(Duration duration) throws InterruptedException;
}
