package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.health.HealthReport;

/** Validates the new colour with the health probes: unhealthy fails validation. */
public final class HealthValidationHook implements ValidationHook {
    private final HealthGate health;

    public HealthValidationHook(final HealthGate health) {
        this.health = health;
    }

    @Override
    public ValidationVerdict evaluate(final ValidationContext context) throws InterruptedException {
        HealthReport report = health.check(context.newColor());
        String text = context.newColor() + " " + report.summary();
        return report.healthy() ? ValidationVerdict.pass(text) : ValidationVerdict.fail(text);
    }
}
