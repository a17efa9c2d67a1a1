package io.jenkins.plugins.deploymentsop.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Formats measured numbers: four significant digits below 1000, whole numbers above, a dash for NaN. */
final class Numbers {
    private static final MathContext SIGNIFICANT = new MathContext(4, RoundingMode.HALF_UP);

    private Numbers() {}

    static String format(final double value) {
        if (!Double.isFinite(value)) {
            return Texts.NONE;
        }
        if (value != 0 && Math.abs(value) < 1e-4) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        BigDecimal decimal = BigDecimal.valueOf(value);
        BigDecimal rounded = Math.abs(value) >= 1000
                ? decimal.setScale(0, RoundingMode.HALF_UP)
                : decimal.round(SIGNIFICANT).stripTrailingZeros();
        String text = rounded.toPlainString();
        return "-0".equals(text) ? "0" : text;
    }

    /**
     * Formats a value with its unit: {@code 12%} or {@code 85 ms}.
     *
     * @param value the value
     * @param unit the unit, may be empty
     * @return the text
     */
    static String withUnit(final double value, final String unit) {
        String number = format(value);
        if (unit.isBlank() || Texts.NONE.equals(number)) {
            return number;
        }
        return "%".equals(unit) ? number + unit : number + " " + unit;
    }

    /**
     * Formats a difference with its sign: {@code +5 ms}, {@code -0.01%}.
     *
     * @param value the difference
     * @param unit the unit, may be empty
     * @return the text
     */
    static String signed(final double value, final String unit) {
        String text = withUnit(value, unit);
        return value > 0 && Double.isFinite(value) ? "+" + text : text;
    }
}
