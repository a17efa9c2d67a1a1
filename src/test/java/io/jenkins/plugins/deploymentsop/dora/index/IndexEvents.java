package io.jenkins.plugins.deploymentsop.dora.index;

import io.jenkins.plugins.deploymentsop.dora.DeploymentEvent;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.time.Duration;
import java.time.Instant;

/** Events for the index tests. */
final class IndexEvents {
    static final Instant NOW = Instant.parse("2026-02-04T12:00:00Z");

    private IndexEvents() {}

    static DeploymentEvent event(final String id, final Duration finishedAgo) {
        return builder(id, finishedAgo).build();
    }

    static DeploymentEvent.Builder builder(final String id, final Duration finishedAgo) {
        Instant finished = NOW.minus(finishedAgo);
        return DeploymentEvent.builder()
                .deploymentId(id)
                .job("folder/shop")
                .service("shop")
                .environment("production")
                .productionTier(true)
                .outcome(Outcome.SUCCEEDED)
                .startedAt(finished.minusSeconds(300))
                .finishedAt(finished)
                .commit("0123456789abcdef0123456789abcdef01234567", finished.minusSeconds(3600));
    }
}
