package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import io.jenkins.plugins.deploymentsop.health.ProbeAttempt;
import java.time.Duration;

/** A health probe of one colour whose answer the test switches. */
final class SwitchableProbe implements HealthProbe {
    private final String name;
    boolean healthy = true;
    int attempts;

    SwitchableProbe(final String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ProbeAttempt attempt() {
        attempts++;
        return healthy
                ? ProbeAttempt.passed(Duration.ofMillis(3), "status 200 in 3 ms")
                : ProbeAttempt.failed(Duration.ofMillis(3), "status 503, expected 200-299");
    }
}
