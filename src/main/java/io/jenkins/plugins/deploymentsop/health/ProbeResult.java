package io.jenkins.plugins.deploymentsop.health;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

/**
 * The verdict on one probe after all its attempts: healthy or not, with the numbers behind it.
 *
 * @param probe the probe's name
 * @param healthy whether the required consecutive passes were reached
 * @param attempts how many attempts were made
 * @param consecutiveSuccesses passes in a row at the end
 * @param lastLatency the latency of the last attempt
 * @param elapsed the time spent on the probe
 * @param lastFailureText the reason of the last failed attempt, empty if none failed
 * @param reason the verdict in words
 */
public record ProbeResult(
        String probe,
        boolean healthy,
        int attempts,
        int consecutiveSuccesses,
        Duration lastLatency,
        Duration elapsed,
        String lastFailureText,
        String reason)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public Optional<String> lastFailure() {
        return lastFailureText.isEmpty() ? Optional.empty() : Optional.of(lastFailureText);
    }

    @Override
    public String toString() {
        return probe + ": " + reason;
    }
}
