package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.traffic.Color;
import java.time.Duration;
import java.time.Instant;

/**
 * What a validation hook knows about the rollout it judges.
 *
 * @param service the service
 * @param environment the environment
 * @param newColor the colour that now serves all traffic
 * @param previousColor the colour traffic would go back to
 * @param validationStart when validation began (the new colour got 100%)
 * @param now the current time
 * @param validateFor how long validation lasts in total
 */
public record ValidationContext(
        String service,
        String environment,
        Color newColor,
        Color previousColor,
        Instant validationStart,
        Instant now,
        Duration validateFor) {
    public Duration elapsed() {
        return Duration.between(validationStart, now);
    }
}
