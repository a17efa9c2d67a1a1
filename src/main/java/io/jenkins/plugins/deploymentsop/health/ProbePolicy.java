package io.jenkins.plugins.deploymentsop.health;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.time.Duration;

/**
 * How persistently a probe is tried: it is healthy after {@code successes} consecutive passes; after a failure it
 * waits {@code backoff}, multiplied by {@code backoffFactor} after each further failure up to {@code maxBackoff};
 * between passes it waits {@code interval}. It gives up after {@code maxAttempts} or when {@code timeout} is spent.
 *
 * @param successes consecutive passes needed, at least 1
 * @param maxAttempts attempts at most, at least {@code successes}
 * @param interval wait between two passes
 * @param backoff first wait after a failure
 * @param backoffFactor factor for each further failure, at least 1
 * @param maxBackoff longest wait after a failure
 * @param timeout the overall time budget
 */
public record ProbePolicy(
        int successes,
        int maxAttempts,
        TimeSpan interval,
        TimeSpan backoff,
        double backoffFactor,
        TimeSpan maxBackoff,
        TimeSpan timeout)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One pass needed, up to 10 attempts, 1 s doubling to 10 s, 2 minutes overall. */
    public static final ProbePolicy DEFAULT = new ProbePolicy(
            1, 10, TimeSpan.ofSeconds(1), TimeSpan.ofSeconds(1), 2.0, TimeSpan.ofSeconds(10), TimeSpan.ofMinutes(2));

    /**
     * Validates the policy.
     *
     * @throws InvalidInputException naming the bad field
     */
    public ProbePolicy {
        if (successes < 1 || successes > 1000) {
            throw new InvalidInputException("successes", String.valueOf(successes), "a number from 1 to 1000");
        }
        if (maxAttempts < successes || maxAttempts > 100_000) {
            throw new InvalidInputException(
                    "maxAttempts",
                    String.valueOf(maxAttempts),
                    "a number from successes (" + successes + ") to 100000");
        }
        if (!(backoffFactor >= 1.0 && backoffFactor <= 10.0)) {
            throw new InvalidInputException("backoffFactor", String.valueOf(backoffFactor), "a number from 1 to 10");
        }
        if (maxBackoff.compareTo(backoff) < 0) {
            throw new InvalidInputException("maxBackoff", maxBackoff.toString(), "at least backoff (" + backoff + ")");
        }
        if (timeout.isZero()) {
            throw new InvalidInputException("timeout", timeout.toString(), "a positive duration");
        }
    }

    /**
     * Returns the wait after the given number of consecutive failures.
     *
     * @param failures consecutive failures so far, at least 1
     * @return the wait
     */
    public Duration backoffAfter(final int failures) {
        double millis = backoff.toMillis() * Math.pow(backoffFactor, Math.max(0, failures - 1));
        return Duration.ofMillis((long) Math.min(millis, maxBackoff.toMillis()));
    }
}
