package io.jenkins.plugins.deploymentsop.dora;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Short-hand for hand-made events: production "shop" deployments relative to a fixed report instant. */
final class TestEvents {
    /** Wednesday, 2026-02-04 12:00 UTC (ISO week 2026-W06). */
    static final Instant END = Instant.parse("2026-02-04T12:00:00Z");

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private TestEvents() {}

    static Instant ago(final Duration duration) {
        return END.minus(duration);
    }

    static Duration days(final long days) {
        return Duration.ofDays(days);
    }

    static Duration hours(final long hours) {
        return Duration.ofHours(hours);
    }

    /**
     * Starts an event that finished {@code finishedAgo} before {@link #END}; started ten minutes earlier.
     *
     * @param finishedAgo time between the end of the deployment and the report instant
     * @return the builder
     */
    static DeploymentEvent.Builder deployment(final Duration finishedAgo) {
        Instant finished = ago(finishedAgo);
        return DeploymentEvent.builder()
                .deploymentId("shop-deploy#" + NUMBER.incrementAndGet() + "#0")
                .job("shop-deploy")
                .service("shop")
                .environment("production")
                .productionTier(true)
                .startedAt(finished.minus(Duration.ofMinutes(10)))
                .finishedAt(finished);
    }
}
