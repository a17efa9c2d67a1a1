package io.jenkins.plugins.deploymentsop.rollback;

import java.util.Optional;

/** A comparison of a value with a threshold, as written in a condition. */
public enum Operator {
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    LESS("<"),
    LESS_OR_EQUAL("<=");

    private final String symbol;

    Operator(final String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /**
     * Compares a value with a threshold.
     *
     * @param value the value seen
     * @param threshold the threshold
     * @return whether {@code value <op> threshold} holds
     */
    public boolean holds(final double value, final double threshold) {
        switch (this) {
            case GREATER:
                return value > threshold;
            case GREATER_OR_EQUAL:
                return value >= threshold;
            case LESS:
                return value < threshold;
            default:
                return value <= threshold;
        }
    }

    /**
     * Finds the operator written as a symbol.
     *
     * @param symbol e.g. {@code >=}
     * @return the operator, empty if the symbol is unknown
     */
    public static Optional<Operator> fromSymbol(final String symbol) {
        for (Operator operator : values()) {
            if (operator.symbol.equals(symbol)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }
}
