package io.jenkins.plugins.deploymentsop.rollback;

import java.util.Objects;
import java.util.OptionalDouble;

/** A sample breaches when it compares with a fixed threshold, e.g. {@code > 10%}. */
final class ThresholdCondition implements Condition {
    private static final long serialVersionUID = 1L;

    private final Operator operator;
    private final double threshold;
    private final String unit;

    ThresholdCondition(final Operator operator, final double threshold, final String unit) {
        this.operator = operator;
        this.threshold = threshold;
        this.unit = unit;
    }

    @Override
    public ConditionResult evaluate(final double value, final OptionalDouble baseline) {
        String comparison = operator.symbol() + " " + Quantities.format(threshold, unit);
        String seen = Quantities.format(value, unit);
        if (operator.holds(value, threshold)) {
            return ConditionResult.breached(seen + " " + comparison);
        }
        return ConditionResult.clear(seen + " is not " + comparison);
    }

    @Override
    public ConditionResult.Status test(final double value, final OptionalDouble baseline) {
        return operator.holds(value, threshold) ? ConditionResult.Status.BREACHED : ConditionResult.Status.CLEAR;
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
        return operator.symbol() + " " + Quantities.format(threshold, unit);
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof ThresholdCondition)) {
            return false;
        }
        ThresholdCondition other = (ThresholdCondition) o;
        return operator == other.operator && Double.compare(threshold, other.threshold) == 0 && unit.equals(other.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operator, threshold, unit);
    }

    @Override
    public String toString() {
        return text();
    }
}
