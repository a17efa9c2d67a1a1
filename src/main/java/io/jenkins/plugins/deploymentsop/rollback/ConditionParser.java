package io.jenkins.plugins.deploymentsop.rollback;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the condition of a rule from the text people write in a Jenkinsfile or a rules file:
 *
 * <ul>
 *   <li>{@code > 10%}, {@code >= 3s}, {@code < 100} — an absolute threshold;
 *   <li>{@code > 5% and <= 10%} — a band;
 *   <li>{@code drop > 20%}, {@code increase > 50%} — a change relative to the baseline;
 *   <li>{@code increase > 5 points}, {@code increase > 500ms} — an absolute change from the baseline;
 *   <li>{@code > 2x baseline}, {@code < 0.5x baseline} — a ratio to the baseline;
 *   <li>{@code failing} — a health probe that failed.
 * </ul>
 */
final class ConditionParser {
    static final String ALLOWED = "a condition such as '> 10%', '>= 3s', '> 5% and <= 10%', 'drop > 20%',"
            + " 'increase > 5 points', '> 2x baseline' or 'failing'";

    private static final Pattern CHANGE = Pattern.compile("(increase|drop)\\s*(>=?)\\s*(.+)");
    private static final Pattern RATIO =
            Pattern.compile("(>=?|<=?)\\s*(\\d{1,15}(?:\\.\\d{1,15})?|\\.\\d{1,15})\\s*x\\s*(?:the\\s+)?baseline");
    private static final Pattern RANGE = Pattern.compile("(>=?)\\s*(.+?)\\s+and\\s+(<=?)\\s*(.+)");
    private static final Pattern THRESHOLD = Pattern.compile("(>=?|<=?)\\s*(.+)");
    private static final Pattern POINTS = Pattern.compile("(.+?)\\s*(?:points?|pts?)");

    private ConditionParser() {}

    /**
     * Parses a condition.
     *
     * @param parameter the parameter, for the error message
     * @param text the condition as written
     * @param unit the unit of the signal the condition applies to
     * @return the condition
     */
    static Condition parse(final String parameter, final String text, final String unit) {
        try {
            return parseNormalized(parameter, text, unit);
        } catch (InvalidInputException exception) {
            // parts are checked on their own; the message shows the whole condition as written
            throw new InvalidInputException(parameter, text, exception.getAllowed());
        }
    }

    private static Condition parseNormalized(final String parameter, final String text, final String unit) {
        String normalized = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (FailingCondition.TEXT.equals(normalized)) {
            return new FailingCondition(unit);
        }
        Matcher change = CHANGE.matcher(normalized);
        if (change.matches()) {
            return parseChange(parameter, text, unit, change);
        }
        Matcher ratio = RATIO.matcher(normalized);
        if (ratio.matches()) {
            return new BaselineRatioCondition(operator(ratio.group(1)), Double.parseDouble(ratio.group(2)), unit);
        }
        Matcher range = RANGE.matcher(normalized);
        if (range.matches()) {
            return parseRange(parameter, text, unit, range);
        }
        Matcher threshold = THRESHOLD.matcher(normalized);
        if (threshold.matches()) {
            return new ThresholdCondition(
                    operator(threshold.group(1)), Quantities.parse(parameter, threshold.group(2), unit, ALLOWED), unit);
        }
        throw new InvalidInputException(parameter, text, ALLOWED);
    }

    private static Condition parseChange(
            final String parameter, final String text, final String unit, final Matcher change) {
        BaselineChangeCondition.Direction direction = "drop".equals(change.group(1))
                ? BaselineChangeCondition.Direction.DROP
                : BaselineChangeCondition.Direction.INCREASE;
        Operator operator = operator(change.group(2));
        String amountText = change.group(3).trim();
        Matcher points = POINTS.matcher(amountText);
        boolean relative;
        double amount;
        if (amountText.endsWith("%")) {
            relative = true;
            amount = Quantities.parse(parameter, amountText, "%", ALLOWED);
        } else if (points.matches()) {
            relative = false;
            amount = Quantities.parse(parameter, points.group(1), unit, ALLOWED);
        } else if (amountText.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            throw new InvalidInputException(
                    parameter,
                    text,
                    "a change with '%' (relative to the baseline) or 'points' (absolute, in the signal's unit),"
                            + " e.g. 'drop > 20%' or 'increase > 5 points'");
        } else {
            relative = false;
            amount = Quantities.parse(parameter, amountText, unit, ALLOWED);
        }
        if (amount < 0) {
            throw new InvalidInputException(parameter, text, "a change that is not negative; use 'drop' or 'increase'");
        }
        return new BaselineChangeCondition(direction, relative, operator, amount, unit);
    }

    private static Condition parseRange(
            final String parameter, final String text, final String unit, final Matcher range) {
        double lower = Quantities.parse(parameter, range.group(2), unit, ALLOWED);
        double upper = Quantities.parse(parameter, range.group(4), unit, ALLOWED);
        if (lower >= upper) {
            throw new InvalidInputException(
                    parameter, text, "a band whose lower bound is below its upper bound, e.g. '> 5% and <= 10%'");
        }
        return new RangeCondition(operator(range.group(1)), lower, operator(range.group(3)), upper, unit);
    }

    private static Operator operator(final String symbol) {
        return Operator.fromSymbol(symbol).orElseThrow(() -> new IllegalStateException("Unmatched operator " + symbol));
    }
}
