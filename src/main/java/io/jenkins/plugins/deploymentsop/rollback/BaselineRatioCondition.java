package io.jenkins.plugins.deploymentsop.rollback;

import java.util.Objects;
import java.util.OptionalDouble;

/** A sample breaches when its ratio to the baseline compares with a factor, e.g. {@code > 2x baseline}. */
final class BaselineRatioCondition implements Condition {
    private static final long serialVersionUID = 1L;

    private final Operator operator;
    private final double factor;
    private final String unit;

    BaselineRatioCondition(final Operator operator, final double factor, final String unit) {
        this.operator = operator;
        this.factor = factor;
        this.unit = unit;
    }

    @Override
    public ConditionResult evaluate(final double value, final OptionalDouble baseline) {
        if (baseline.isEmpty()) {
            return ConditionResult.undefined("no baseline value was captured when watching started");
        }
        double base = baseline.getAsDouble();
        if (base == 0) {
            return ConditionResult.undefined("the baseline is 0, so a ratio to it is undefined");
        }
        double ratio = value / base;
        String facts = String.format(
                "%s is %sx the baseline %s",
                Quantities.format(value, unit), Quantities.number(ratio), Quantities.format(base, unit));
        if (operator.holds(ratio, factor)) {
            return ConditionResult.breached(facts + " (" + text() + ")");
        }
        return ConditionResult.clear(facts + " (not " + text() + ")");
    }

    @Override
    public ConditionResult.Status test(final double value, final OptionalDouble baseline) {
        if (baseline.isEmpty() || baseline.getAsDouble() == 0) {
            return ConditionResult.Status.UNDEFINED;
        }
        return operator.holds(value / baseline.getAsDouble(), factor)
                ? ConditionResult.Status.BREACHED
                : ConditionResult.Status.CLEAR;
    }

    @Override
    public boolean needsBaseline() {
        return true;
    }

    @Override
    public String unit() {
        return unit;
    }

    @Override
    public String text() {
        return operator.symbol() + " " + Quantities.number(factor) + "x baseline";
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof BaselineRatioCondition)) {
            return false;
        }
        BaselineRatioCondition other = (BaselineRatioCondition) o;
        return operator == other.operator && Double.compare(factor, other.factor) == 0 && unit.equals(other.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operator, factor, unit);
    }

    @Override
    public String toString() {
        return text();
    }
}
