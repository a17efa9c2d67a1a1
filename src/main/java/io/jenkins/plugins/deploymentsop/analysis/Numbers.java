package io.jenkins.plugins.deploymentsop.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Formats the numbers in reason texts: four significant digits, plain notation where readable. */
public final class Numbers {
    private static final MathContext FOUR_DIGITS = new MathContext(4);

    private Numbers() {}

    /**
     * Formats a number, e.g. {@code 0.01}, {@code 312.5}, {@code 1.235e-07}, {@code NaN}, {@code +Inf}.
     *
     * @param value the number
     * @return the text
     */
    public static String format(final double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-4 && magnitude < 1e9) {
            return new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.4g", value).replace("e-0", "e-").replace("e+0", "e+");
    }

    /**
     * Formats a number with an explicit sign, e.g. {@code +12.5} or {@code -3}.
     *
     * @param value the number
     * @return the text
     */
    public static String signed(final double value) {
        String text = format(value);
        return value > 0 && !Double.isInfinite(value) ? "+" + text : text;
    }
}
