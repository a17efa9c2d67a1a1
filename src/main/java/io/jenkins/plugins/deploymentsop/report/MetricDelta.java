package io.jenkins.plugins.deploymentsop.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One metric of the report's metric table: its latest value in each column (a column is a labelled moment such as
 * {@code At watch start} or {@code After rollback}), and the delta between the table's two compared columns. A value
 * that was not captured is empty and so are the deltas.
 *
 * @param name the metric
 * @param unit the unit, e.g. {@code %} or {@code ms}; may be empty
 * @param values the latest value per column label; a column without a value is missing
 * @param beforeLabel the label of the reference column, see {@link MetricTable#beforeLabel()}; may be empty
 * @param afterLabel the label of the compared column, see {@link MetricTable#afterLabel()}; may be empty
 * @param status the latest analysis verdict of a metric of this name, or empty if none judged it
 */
public record MetricDelta(
        String name, String unit, Map<String, Double> values, String beforeLabel, String afterLabel, String status) {
    public MetricDelta {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Returns the latest value of the reference column. */
    public OptionalDouble before() {
        return value(beforeLabel);
    }

    /** Returns the latest value of the compared column. */
    public OptionalDouble after() {
        return value(afterLabel);
    }

    /**
     * Returns the value of a column.
     *
     * @param label the column's label
     * @return the latest value captured under that label, empty if none
     */
    public OptionalDouble value(final String label) {
        Double value = values.get(label);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /**
     * Returns after minus before.
     *
     * @return the absolute change, empty unless both sides exist
     */
    public OptionalDouble absolute() {
        OptionalDouble before = before();
        OptionalDouble after = after();
        if (before.isEmpty() || after.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(after.getAsDouble() - before.getAsDouble());
    }

    /**
     * Returns the change relative to the value before, in percent.
     *
     * @return the relative change, empty unless both sides exist and the value before is not zero
     */
    public OptionalDouble relativePercent() {
        OptionalDouble absolute = absolute();
        double before = before().orElse(0);
        if (absolute.isEmpty() || before == 0 || !Double.isFinite(before)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(absolute.getAsDouble() / Math.abs(before) * 100);
    }

    /** Returns the absolute delta as text, e.g. {@code +5 ms}, or a dash. */
    public String absoluteText() {
        OptionalDouble absolute = absolute();
        return absolute.isPresent() ? Numbers.signed(absolute.getAsDouble(), unit) : Texts.NONE;
    }

    /** Returns the relative delta as text, e.g. {@code +6.25%}, or a dash. */
    public String relativeText() {
        OptionalDouble relative = relativePercent();
        return relative.isPresent() ? Numbers.signed(relative.getAsDouble(), "%") : Texts.NONE;
    }

    /**
     * Returns the value of a column as text with its unit, or a dash.
     *
     * @param label the column's label
     * @return the text
     */
    public String valueText(final String label) {
        OptionalDouble value = value(label);
        return value.isPresent() ? Numbers.withUnit(value.getAsDouble(), unit) : Texts.NONE;
    }

    /** Returns the value of the reference column as text with its unit, or a dash. */
    public String beforeText() {
        return valueText(beforeLabel);
    }

    /** Returns the value of the compared column as text with its unit, or a dash. */
    public String afterText() {
        return valueText(afterLabel);
    }
}
