package io.jenkins.plugins.deploymentsop.report.svg;

import java.util.OptionalDouble;

/** A labelled value of a line or bar chart; without a value it is a gap ("no data"), never drawn as 0. */
public final class ChartPoint {
    private final String label;
    private final String axisLabel;
    private final OptionalDouble value;

    private ChartPoint(final String label, final String axisLabel, final OptionalDouble value) {
        this.label = label;
        this.axisLabel = axisLabel;
        this.value = value;
    }

    /**
     * Creates a point with a value.
     *
     * @param label the label, e.g. {@code 2026-W05}
     * @param value a finite value
     * @return the point
     */
    public static ChartPoint of(final String label, final double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Chart values must be finite: " + label + " = " + value);
        }
        return new ChartPoint(label, label, OptionalDouble.of(value));
    }

    /**
     * Creates a point without data.
     *
     * @param label the label
     * @return the gap
     */
    public static ChartPoint gap(final String label) {
        return new ChartPoint(label, label, OptionalDouble.empty());
    }

    /**
     * Returns a copy with a shorter label for the axis, e.g. {@code W05} for {@code 2026-W05}; tooltips and the
     * description keep the full label.
     *
     * @param text the axis label
     * @return the new point
     */
    public ChartPoint withAxisLabel(final String text) {
        return new ChartPoint(label, text, value);
    }

    public String getLabel() {
        return label;
    }

    public String getAxisLabel() {
        return axisLabel;
    }

    public OptionalDouble getValue() {
        return value;
    }
}
