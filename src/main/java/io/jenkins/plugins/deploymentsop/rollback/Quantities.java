package io.jenkins.plugins.deploymentsop.rollback;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in a signal's unit as people write them in conditions: {@code 10}, {@code 10%}, {@code 5s},
 * {@code 500ms}. Time units convert into each other, so {@code > 500ms} works on a signal measured in seconds.
 */
final class Quantities {
    private static final Pattern NUMBER_AND_SUFFIX =
            Pattern.compile("([+-]?(?:\\d{1,15}(?:\\.\\d{0,15})?|\\.\\d{1,15}))\\s*(\\S.*)?");
    private static final Map<String, Double> SECONDS =
            Map.of("ms", 0.001, "s", 1.0, "m", 60.0, "min", 60.0, "h", 3600.0);
    private static final int DISPLAY_DECIMALS = 4;

    private Quantities() {}

    /**
     * Parses a number, optionally followed by the signal's unit or a time unit convertible into it.
     *
     * @param parameter the parameter, for the error message
     * @param text the text, e.g. {@code 5s}
     * @param unit the signal's unit
     * @param allowed what is allowed, for the error message
     * @return the number in the signal's unit
     */
    static double parse(final String parameter, final String text, final String unit, final String allowed) {
        Matcher matcher = NUMBER_AND_SUFFIX.matcher(text.trim());
        if (!matcher.matches()) {
            throw new InvalidInputException(parameter, text, allowed);
        }
        double number = Double.parseDouble(matcher.group(1));
        String suffix = matcher.group(2) == null ? "" : matcher.group(2).trim();
        if (suffix.isEmpty() || suffix.equals(unit)) {
            return number;
        }
        if (SECONDS.containsKey(suffix) && SECONDS.containsKey(unit)) {
            return number * SECONDS.get(suffix) / SECONDS.get(unit);
        }
        throw new InvalidInputException(
                parameter,
                text,
                allowed + "; the number must be in the signal's unit (" + (unit.isEmpty() ? "none" : "'" + unit + "'")
                        + ")");
    }

    static boolean isTimeUnit(final String unit) {
        return SECONDS.containsKey(unit);
    }

    /**
     * Renders a number with its unit, e.g. {@code 10%}, {@code 5s}, {@code 3 orders/min}.
     *
     * @param value the value
     * @param unit the unit
     * @return the text
     */
    static String format(final double value, final String unit) {
        String number = number(value);
        if (unit.isEmpty()) {
            return number;
        }
        if ("%".equals(unit) || isTimeUnit(unit)) {
            return number + unit;
        }
        return number + " " + unit;
    }

    /**
     * Renders a number without trailing zeros and with at most four decimals.
     *
     * @param value the value
     * @return the text
     */
    static String number(final double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(DISPLAY_DECIMALS, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}
