package io.jenkins.plugins.deploymentsop.value;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A percentage between 0 and 100 with at most two decimals: traffic weights, coverage, pass rates, error rates.
 * Stored as hundredths of a percent so that equality and sums are exact.
 */
public final class Percentage implements Comparable<Percentage>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SCALE = 100;
    private static final int MAX_HUNDREDTHS = 100 * SCALE;

    /** No traffic, no coverage. */
    public static final Percentage ZERO = new Percentage(0);
    /** All traffic. */
    public static final Percentage HUNDRED = new Percentage(MAX_HUNDREDTHS);

    private final int hundredths;

    private Percentage(final int hundredths) {
        this.hundredths = hundredths;
    }

    /**
     * Parses a user-supplied percentage such as {@code 10}, {@code 12.5} or {@code 25%}.
     *
     * @param parameter the parameter name, for the error message
     * @param text the text to parse
     * @return the percentage
     * @throws InvalidInputException if the text is not a number from 0 to 100
     */
    public static Percentage valueOf(final String parameter, final String text) {
        String trimmed = text.trim();
        if (trimmed.endsWith("%")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).trim();
        }
        try {
            return of(parameter, new BigDecimal(trimmed).doubleValue());
        } catch (NumberFormatException exception) {
            throw new InvalidInputException(parameter, text, "a number from 0 to 100, e.g. 10, 12.5 or 25%");
        }
    }

    /**
     * Creates a percentage from a number from 0 to 100, rounded to two decimals.
     *
     * @param parameter the parameter name, for the error message
     * @param value the value from 0 to 100
     * @return the percentage
     * @throws InvalidInputException if the value is not a finite number from 0 to 100
     */
    public static Percentage of(final String parameter, final double value) {
        if (!Double.isFinite(value) || value < 0 || value > 100) {
            throw new InvalidInputException(parameter, format(value), "a number from 0 to 100");
        }
        return new Percentage(BigDecimal.valueOf(value)
                .multiply(BigDecimal.valueOf(SCALE))
                .setScale(0, RoundingMode.HALF_UP)
                .intValueExact());
    }

    /**
     * Creates a percentage from a number from 0 to 100, for values computed by the plugin itself.
     *
     * @param value the value from 0 to 100
     * @return the percentage
     * @throws IllegalArgumentException if the value is out of range
     */
    public static Percentage of(final double value) {
        return of("percentage", value);
    }

    /**
     * Computes {@code part / total} as a percentage.
     *
     * @param part the part, from 0 to total
     * @param total the total, greater than 0
     * @return the ratio as a percentage
     */
    public static Percentage ratio(final long part, final long total) {
        if (total <= 0 || part < 0 || part > total) {
            throw new IllegalArgumentException(
                    String.format("A ratio needs 0 <= part <= total and total > 0: part=%d, total=%d", part, total));
        }
        return of(100.0 * part / total);
    }

    public double doubleValue() {
        return hundredths / (double) SCALE;
    }

    /**
     * Returns the fraction from 0 to 1.
     *
     * @return this percentage divided by 100
     */
    public double fraction() {
        return hundredths / (double) MAX_HUNDREDTHS;
    }

    /**
     * Returns the rest up to 100%, e.g. the stable weight for a canary weight.
     *
     * @return 100% minus this percentage
     */
    public Percentage complement() {
        return new Percentage(MAX_HUNDREDTHS - hundredths);
    }

    public boolean isZero() {
        return hundredths == 0;
    }

    public boolean isFull() {
        return hundredths == MAX_HUNDREDTHS;
    }

    @Override
    public int compareTo(final Percentage other) {
        return Integer.compare(hundredths, other.hundredths);
    }

    public boolean isBelow(final Percentage other) {
        return compareTo(other) < 0;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Percentage && ((Percentage) o).hundredths == hundredths;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(hundredths);
    }

    /** Renders the value without trailing zeros, e.g. {@code 10%} or {@code 12.5%}. */
    @Override
    public String toString() {
        return format(doubleValue()) + "%";
    }

    private static String format(final double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
