package io.jenkins.plugins.deploymentsop.rollback;

import java.util.OptionalDouble;

/**
 * A sample breaches when the probe failed: a health signal is 1 when its probe passed and 0 when it failed (the
 * convention of Prometheus' {@code up}), so any value of 0 or less is a failure.
 */
final class FailingCondition implements Condition {
    private static final long serialVersionUID = 1L;

    static final String TEXT = "failing";

    private final String unit;

    FailingCondition(final String unit) {
        this.unit = unit;
    }

    @Override
    public ConditionResult evaluate(final double value, final OptionalDouble baseline) {
        if (value <= 0) {
            return ConditionResult.breached("failing");
        }
        return ConditionResult.clear("passing");
    }

    @Override
    public ConditionResult.Status test(final double value, final OptionalDouble baseline) {
        return value <= 0 ? ConditionResult.Status.BREACHED : ConditionResult.Status.CLEAR;
    }

    @Override
    public boolean needsBaseline() {
        return false;
    }

    @Override
    public String unit() {
        return unit;
    }

    @Override
    public String text() {
        return TEXT;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof FailingCondition && ((FailingCondition) o).unit.equals(unit);
    }

    @Override
    public int hashCode() {
        return unit.hashCode();
    }

    @Override
    public String toString() {
        return TEXT;
    }
}
