package io.jenkins.plugins.deploymentsop.rollback;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A sample breaches when it moved away from the baseline by more than an amount: relative ({@code drop > 20%}) or
 * absolute in the signal's unit ({@code increase > 5 points}: for an error rate in %, percentage points).
 */
final class BaselineChangeCondition implements Condition {
    private static final long serialVersionUID = 1L;

    /** Which way the value has to move. */
    enum Direction {
        INCREASE("increase", "rose"),
        DROP("drop", "dropped");

        private final String keyword;
        private final String verb;

        Direction(final String keyword, final String verb) {
            this.keyword = keyword;
            this.verb = verb;
        }
    }

    private final Direction direction;
    private final boolean relative;
    private final Operator operator;
    private final double amount;
    private final String unit;

    BaselineChangeCondition(
            final Direction direction,
            final boolean relative,
            final Operator operator,
            final double amount,
            final String unit) {
        this.direction = direction;
        this.relative = relative;
        this.operator = operator;
        this.amount = amount;
        this.unit = unit;
    }

    @Override
    public ConditionResult evaluate(final double value, final OptionalDouble baseline) {
        if (baseline.isEmpty()) {
            return ConditionResult.undefined("no baseline value was captured when watching started");
        }
        double base = baseline.getAsDouble();
        if (relative && base == 0) {
            return ConditionResult.undefined("the baseline is 0, so a relative change is undefined");
        }
        double change = change(value, base);
        String changeText = relative ? Quantities.number(change) + "%" : Quantities.format(change, unit);
        String facts = String.format(
                "%s %s from baseline %s to %s",
                direction.verb, changeText, Quantities.format(base, unit), Quantities.format(value, unit));
        if (operator.holds(change, amount)) {
            return ConditionResult.breached(facts + " (" + text() + ")");
        }
        return ConditionResult.clear(facts + " (not " + text() + ")");
    }

    @Override
    public ConditionResult.Status test(final double value, final OptionalDouble baseline) {
        if (baseline.isEmpty() || relative && baseline.getAsDouble() == 0) {
            return ConditionResult.Status.UNDEFINED;
        }
        return operator.holds(change(value, baseline.getAsDouble()), amount)
                ? ConditionResult.Status.BREACHED
                : ConditionResult.Status.CLEAR;
    }

    private double change(final double value, final double base) {
        double difference = direction == Direction.INCREASE ? value - base : base - value;
        return relative ? difference / Math.abs(base) * 100 : difference;
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
        String amountText = relative
                ? Quantities.number(amount) + "%"
                : "%".equals(unit) || unit.isEmpty()
                        ? Quantities.number(amount) + " points"
                        : Quantities.format(amount, unit);
        return direction.keyword + " " + operator.symbol() + " " + amountText;
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof BaselineChangeCondition)) {
            return false;
        }
        BaselineChangeCondition other = (BaselineChangeCondition) o;
        return direction == other.direction
                && relative == other.relative
                && operator == other.operator
                && Double.compare(amount, other.amount) == 0
                && unit.equals(other.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(direction, relative, operator, amount, unit);
    }

    @Override
    public String toString() {
        return text();
    }
}
