package io.jenkins.plugins.deploymentsop.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Tries one probe according to a {@link ProbePolicy} until it is healthy or the policy gives up. */
public final class ProbeRunner {
    private final Clock clock;
    private final Sleeper sleeper;

    /**
     * Creates a runner.
     *
     * @param clock the clock for the overall timeout
     * @param sleeper how to wait between attempts
     */
    public ProbeRunner(final Clock clock, final Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Runs the probe.
     *
     * @param probe the probe
     * @param policy retries, backoff, successes needed and timeout
     * @return the verdict
     * @throws InterruptedException if interrupted while waiting
     */
    public ProbeResult run(final HealthProbe probe, final ProbePolicy policy) throws InterruptedException {
        Instant start = clock.instant();
        Instant deadline = start.plus(policy.timeout().toDuration());
        int attempts = 0;
        int passes = 0;
        int failures = 0;
        String lastFailure = "";
        Duration lastLatency = Duration.ZERO;
        while (true) {
            ProbeAttempt attempt = probe.attempt();
            attempts++;
            lastLatency = attempt.latency();
            if (attempt.success()) {
                passes++;
                failures = 0;
                if (passes >= policy.successes()) {
                    return new ProbeResult(
                            probe.name(),
                            true,
                            attempts,
                            passes,
                            lastLatency,
                            since(start),
                            lastFailure,
                            String.format(
                                    "healthy: %d consecutive pass%s in %d attempt%s, last %s",
                                    passes,
                                    passes == 1 ? "" : "es",
                                    attempts,
                                    attempts == 1 ? "" : "s",
                                    attempt.detail()));
                }
            } else {
                passes = 0;
                failures++;
                lastFailure = attempt.detail();
            }
            Duration wait = attempt.success() ? policy.interval().toDuration() : policy.backoffAfter(failures);
            String stop = attempts >= policy.maxAttempts()
                    ? "gave up after " + attempts + " attempts (maxAttempts " + policy.maxAttempts() + ")"
                    : clock.instant().plus(wait).isAfter(deadline)
                            ? "gave up after " + attempts + " attempts: timeout " + policy.timeout() + " reached"
                            : "";
            if (!stop.isEmpty()) {
                String last = lastFailure.isEmpty() ? "" : "; last failure: " + lastFailure;
                return new ProbeResult(
                        probe.name(),
                        false,
                        attempts,
                        passes,
                        lastLatency,
                        since(start),
                        lastFailure,
                        String.format(
                                "unhealthy: %s with %d of %d consecutive passes%s",
                                stop, passes, policy.successes(), last));
            }
            sleeper.sleep(wait);
        }
    }

    private Duration since(final Instant start) {
        return Duration.between(start, clock.instant());
    }
}
