package io.jenkins.plugins.deploymentsop.record;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A breach of a rollback rule after a release: the inputs of recovery time and change failure rate.
 *
 * @param id a stable id within the record
 * @param rule the rule that was breached, in words
 * @param severity P0 or P1
 * @param valuesSeen the values that breached it, in words
 * @param detectedAt when the breach was complete (sustained for its window)
 * @param rolledBackAt when traffic was back on the previous version, if it was
 * @param restoredAt when health was green again, if it was
 */
public record Incident(
        String id,
        String rule,
        String severity,
        String valuesSeen,
        Instant detectedAt,
        @CheckForNull Instant rolledBackAt,
        @CheckForNull Instant restoredAt) {
    /**
     * Returns the time from detection to restored service.
     *
     * @return the recovery time, empty while not restored
     */
    public Optional<Duration> recoveryTime() {
        return Optional.ofNullable(restoredAt).map(restored -> Duration.between(detectedAt, restored));
    }
}
