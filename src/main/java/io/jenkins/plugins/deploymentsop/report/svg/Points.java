package io.jenkins.plugins.deploymentsop.report.svg;

import java.util.List;
import java.util.StringJoiner;
import java.util.function.DoubleFunction;

/** What line and bar charts read from their labelled points: the value range and the text alternative. */
final class Points {
    private Points() {}

    /** Returns the smallest value, at most 0: the value axis starts at zero unless a value is negative. */
    static double smallest(final List<ChartPoint> points) {
        return points.stream()
                .filter(point -> point.getValue().isPresent())
                .mapToDouble(point -> point.getValue().getAsDouble())
                .reduce(0, Math::min);
    }

    /** Returns the largest value, at least 0. */
    static double largest(final List<ChartPoint> points) {
        return points.stream()
                .filter(point -> point.getValue().isPresent())
                .mapToDouble(point -> point.getValue().getAsDouble())
                .reduce(0, Math::max);
    }

    static boolean anyValue(final List<ChartPoint> points) {
        return points.stream().anyMatch(point -> point.getValue().isPresent());
    }

    /**
     * Describes the points for assistive technology, gaps included.
     *
     * @param points the points
     * @param valueFormat renders the values
     * @return e.g. {@code W01: 1h; W02: no data}, or {@code No data} without points
     */
    static String describe(final List<ChartPoint> points, final DoubleFunction<String> valueFormat) {
        if (points.isEmpty()) {
            return ChartFrame.NO_DATA;
        }
        StringJoiner text = new StringJoiner("; ");
        for (ChartPoint point : points) {
            text.add(point.getLabel() + ": "
                    + (point.getValue().isPresent()
                            ? valueFormat.apply(point.getValue().getAsDouble())
                            : "no data"));
        }
        return text.toString();
    }
}
