package io.jenkins.plugins.deploymentsop.checklist.check;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A comparison with a number, written {@code < 0.05}, {@code <= 500}, {@code > 0}, {@code >= 99.9} or {@code == 1}. */
public final class Threshold implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern FORMAT = Pattern.compile("(<=|>=|==|!=|<|>)\\s*(\\S+)");
    private static final String ALLOWED = "a comparison such as '< 0.05', '<= 500', '>= 99.9' or '== 1'";

    private final String operator;
    private final double limit;

    private Threshold(final String operator, final double limit) {
        this.operator = operator;
        this.limit = limit;
    }

    /**
     * Parses a threshold.
     *
     * @param parameter the parameter name, for the error message
     * @param text e.g. {@code < 0.05}
     * @return the threshold
     */
    public static Threshold valueOf(final String parameter, final String text) {
        Matcher matcher = FORMAT.matcher(text.strip());
        if (matcher.matches()) {
            try {
                double limit = new BigDecimal(matcher.group(2)).doubleValue();
                if (Double.isFinite(limit)) {
                    return new Threshold(matcher.group(1), limit);
                }
            } catch (NumberFormatException exception) {
                // reported below
            }
        }
        throw new InvalidInputException(parameter, text, ALLOWED);
    }

    /**
     * Tells whether a value satisfies the threshold; NaN never does.
     *
     * @param value the value
     * @return {@code true} if it holds
     */
    public boolean holdsFor(final double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        switch (operator) {
            case "<":
                return value < limit;
            case "<=":
                return value <= limit;
            case ">":
                return value > limit;
            case ">=":
                return value >= limit;
            case "==":
                return Double.compare(value, limit) == 0;
            default:
                return Double.compare(value, limit) != 0;
        }
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Threshold
                && ((Threshold) o).operator.equals(operator)
                && Double.compare(((Threshold) o).limit, limit) == 0;
    }

    @Override
    public int hashCode() {
        return operator.hashCode() * 31 + Double.hashCode(limit);
    }

    /** Renders e.g. {@code < 0.05}. */
    @Override
    public String toString() {
        return operator + " " + BigDecimal.valueOf(limit).stripTrailingZeros().toPlainString();
    }
}
