package io.jenkins.plugins.deploymentsop.report;

import java.util.OptionalDouble;

/**
 * A metric before and after the release, for the SOP's monitoring table ({@code | Metric | Pre-Deploy | Post-Deploy |
 * Delta | Status |}). A side that was not captured is empty and so are the deltas.
 *
 * @param name the metric
 * @param unit the unit, e.g. {@code %} or {@code ms}; may be empty
 * @param before the latest value captured before the release
 * @param after the latest value captured after the release
 * @param status the latest analysis verdict of a metric of this name, or empty if none judged it
 */
public record MetricDelta(String name, String unit, OptionalDouble before, OptionalDouble after, String status) {
    /**
     * Returns after minus before.
     *
     * @return the absolute change, empty unless both sides exist
     */
    public OptionalDouble absolute() {
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
        if (absolute.isEmpty() || before.getAsDouble() == 0 || !Double.isFinite(before.getAsDouble())) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(absolute.getAsDouble() / Math.abs(before.getAsDouble()) * 100);
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

    /** Returns the value before as text with its unit, or a dash. */
    public String beforeText() {
        return before.isPresent() ? Numbers.withUnit(before.getAsDouble(), unit) : Texts.NONE;
    }

    /** Returns the value after as text with its unit, or a dash. */
    public String afterText() {
        return after.isPresent() ? Numbers.withUnit(after.getAsDouble(), unit) : Texts.NONE;
    }
}
