package io.jenkins.plugins.deploymentsop.rollback;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A sample breaches when it lies in a band, e.g. {@code > 5% and <= 10%}. Bands let a milder rule stop where a
 * more severe one starts; since the most severe breached rule wins anyway, an open-ended milder rule is usually the
 * better choice (see the docs).
 */
final class RangeCondition implements Condition {
    private static final long serialVersionUID = 1L;

    private final Operator lowerOperator;
    private final double lower;
    private final Operator upperOperator;
    private final double upper;
    private final String unit;

    RangeCondition(
            final Operator lowerOperator,
            final double lower,
            final Operator upperOperator,
            final double upper,
            final String unit) {
        this.lowerOperator = lowerOperator;
        this.lower = lower;
        this.upperOperator = upperOperator;
        this.upper = upper;
        this.unit = unit;
    }

    @Override
    public ConditionResult evaluate(final double value, final OptionalDouble baseline) {
        String seen = Quantities.format(value, unit);
        if (lowerOperator.holds(value, lower) && upperOperator.holds(value, upper)) {
            return ConditionResult.breached(seen + " is " + text());
        }
        return ConditionResult.clear(seen + " is outside " + text());
    }

    @Override
    public ConditionResult.Status test(final double value, final OptionalDouble baseline) {
        return lowerOperator.holds(value, lower) && upperOperator.holds(value, upper)
                ? ConditionResult.Status.BREACHED
                : ConditionResult.Status.CLEAR;
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
        return lowerOperator.symbol() + " " + Quantities.format(lower, unit) + " and " + upperOperator.symbol() + " "
                + Quantities.format(upper, unit);
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof RangeCondition)) {
            return false;
        }
        RangeCondition other = (RangeCondition) o;
        return lowerOperator == other.lowerOperator
                && Double.compare(lower, other.lower) == 0
                && upperOperator == other.upperOperator
                && Double.compare(upper, other.upper) == 0
                && unit.equals(other.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lowerOperator, lower, upperOperator, upper, unit);
    }

    @Override
    public String toString() {
        return text();
    }
}
