package io.jenkins.plugins.deploymentsop.analysis;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A comparison that must hold for a metric to pass, e.g. {@code error rate < 0.01}. */
public enum Comparison {
    /** Strictly less. */
    LESS_THAN("<"),
    /** Less or equal. */
    AT_MOST("<="),
    /** Strictly greater. */
    GREATER_THAN(">"),
    /** Greater or equal. */
    AT_LEAST(">=");

    private final String symbol;

    Comparison(final String symbol) {
        this.symbol = symbol;
    }

    /**
     * Parses the symbol a user writes.
     *
     * @param parameter the parameter name, for the error message
     * @param text one of {@code <}, {@code <=}, {@code >}, {@code >=}
     * @return the comparison
     */
    public static Comparison parse(final String parameter, final String text) {
        String trimmed = text.trim();
        return Arrays.stream(values())
                .filter(comparison -> comparison.symbol.equals(trimmed))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        parameter,
                        text,
                        Arrays.stream(values()).map(Comparison::symbol).collect(Collectors.joining(", "))));
    }

    /**
     * Tests {@code value <op> limit}. NaN never holds.
     *
     * @param value the measured value
     * @param limit the limit
     * @return whether the comparison holds
     */
    public boolean holds(final double value, final double limit) {
        switch (this) {
            case LESS_THAN:
                return value < limit;
            case AT_MOST:
                return value <= limit;
            case GREATER_THAN:
                return value > limit;
            default:
                return value >= limit;
        }
    }

    public String symbol() {
        return symbol;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
