package io.jenkins.plugins.deploymentsop.health;

import java.io.Serializable;
import java.time.Duration;

/**
 * The outcome of one probe attempt.
 *
 * @param success whether the check passed
 * @param latency how long the attempt took
 * @param detail what was seen, e.g. {@code status 200 in 12 ms} or {@code status 503, expected 200-299}
 */
public record ProbeAttempt(boolean success, Duration latency, String detail) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static ProbeAttempt passed(final Duration latency, final String detail) {
        return new ProbeAttempt(true, latency, detail);
    }

    public static ProbeAttempt failed(final Duration latency, final String detail) {
        return new ProbeAttempt(false, latency, detail);
    }
}
