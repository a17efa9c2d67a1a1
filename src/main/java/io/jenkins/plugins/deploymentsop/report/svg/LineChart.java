package io.jenkins.plugins.deploymentsop.report.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.StringJoiner;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;

/**
 * A line chart of evenly spaced labelled points, e.g. a weekly trend. Gaps (no data) break the line and are named in
 * the description; every point carries a {@code <title>} tooltip. Produces standalone, CSP-clean {@code <svg>}.
 */
public final class LineChart {
    private final String title;
    private final List<ChartPoint> points;
    private final DoubleFunction<String> valueFormat;
    private final int width;
    private final int height;
    private final String extraClasses;
    private final OptionalDouble fixedMax;

    private LineChart(final Builder builder) {
        title = builder.title;
        points = List.copyOf(builder.points);
        valueFormat = builder.valueFormat;
        width = builder.width;
        height = builder.height;
        extraClasses = builder.extraClasses;
        fixedMax = builder.fixedMax;
    }

    /**
     * Starts a chart.
     *
     * @param title the accessible name, e.g. {@code Deployments per week}
     * @return a builder
     */
    public static Builder builder(final String title) {
        return new Builder(title);
    }

    /**
     * Renders the chart.
     *
     * @return the {@code <svg>} element
     */
    public SvgMarkup render() {
        double largest = 0;
        double smallest = 0;
        for (ChartPoint point : points) {
            if (point.getValue().isPresent()) {
                largest = Math.max(largest, point.getValue().getAsDouble());
                smallest = Math.min(smallest, point.getValue().getAsDouble());
            }
        }
        ChartFrame frame = new ChartFrame(width, height, smallest, fixedMax.orElse(largest));
        SvgWriter svg = frame.start("linechart", extraClasses, title, description(), valueFormat);
        boolean anyValue = points.stream().anyMatch(point -> point.getValue().isPresent());
        if (!anyValue) {
            frame.noData(svg);
        }
        List<String> segment = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            OptionalDouble value = points.get(i).getValue();
            if (value.isPresent()) {
                segment.add(Markup.number(x(frame, i)) + "," + Markup.number(frame.y(value.getAsDouble())));
            } else {
                drawSegment(svg, segment);
            }
        }
        drawSegment(svg, segment);
        for (int i = 0; i < points.size(); i++) {
            ChartPoint point = points.get(i);
            if (point.getValue().isPresent()) {
                svg.open(
                                "circle",
                                "class",
                                "dsop-chart-point",
                                "cx",
                                x(frame, i),
                                "cy",
                                frame.y(point.getValue().getAsDouble()),
                                "r",
                                2.5)
                        .textElement(
                                "title",
                                point.getLabel() + ": "
                                        + valueFormat.apply(point.getValue().getAsDouble()))
                        .close("circle");
            }
        }
        double spacing = points.size() > 1 ? x(frame, 1) - x(frame, 0) : frame.right() - frame.left();
        int step = ChartFrame.labelStep(
                points.stream().map(ChartPoint::getAxisLabel).collect(Collectors.toList()), spacing);
        // label the newest point and every step-th before it: the recent end of a trend matters most
        for (int i = points.size() - 1; i >= 0; i -= step) {
            String anchor =
                    points.size() == 1 ? "middle" : i == points.size() - 1 ? "end" : i == 0 ? "start" : "middle";
            frame.xLabel(svg, x(frame, i), points.get(i).getAxisLabel(), anchor);
        }
        return new SvgMarkup(svg.close("svg").toString());
    }

    private static void drawSegment(final SvgWriter svg, final List<String> segment) {
        if (segment.size() > 1) {
            svg.empty("polyline", "class", "dsop-chart-line", "fill", "none", "points", String.join(" ", segment));
        }
        segment.clear();
    }

    private double x(final ChartFrame frame, final int index) {
        if (points.size() == 1) {
            return (frame.left() + frame.right()) / 2;
        }
        return frame.left() + index * (frame.right() - frame.left()) / (points.size() - 1);
    }

    private String description() {
        StringJoiner text = new StringJoiner("; ");
        for (ChartPoint point : points) {
            text.add(point.getLabel() + ": "
                    + (point.getValue().isPresent()
                            ? valueFormat.apply(point.getValue().getAsDouble())
                            : "no data"));
        }
        return points.isEmpty() ? "No data" : text.toString();
    }

    /** Collects points and options. */
    public static final class Builder {
        private final String title;
        private final List<ChartPoint> points = new ArrayList<>();
        private DoubleFunction<String> valueFormat = Markup::number;
        private int width = 320;
        private int height = 120;
        private String extraClasses = "";
        private OptionalDouble fixedMax = OptionalDouble.empty();

        private Builder(final String title) {
            this.title = title;
        }

        public Builder point(final ChartPoint point) {
            points.add(point);
            return this;
        }

        public Builder points(final List<ChartPoint> values) {
            points.addAll(values);
            return this;
        }

        /**
         * Sets how values appear in labels and tooltips, e.g. {@code v -> v + "%"}.
         *
         * @param format the format
         * @return this builder
         */
        public Builder valueFormat(final DoubleFunction<String> format) {
            valueFormat = format;
            return this;
        }

        public Builder size(final int chartWidth, final int chartHeight) {
            width = chartWidth;
            height = chartHeight;
            return this;
        }

        /**
         * Adds CSS classes to the root element, e.g. a band modifier.
         *
         * @param classes lower-case class names separated by single spaces
         * @return this builder
         */
        public Builder cssClasses(final String classes) {
            extraClasses = SvgWriter.checkClasses(classes);
            return this;
        }

        /**
         * Fixes the top of the value axis, e.g. 100 for percentages.
         *
         * @param max the top value
         * @return this builder
         */
        public Builder maxValue(final double max) {
            fixedMax = OptionalDouble.of(max);
            return this;
        }

        public LineChart build() {
            return new LineChart(this);
        }
    }
}
