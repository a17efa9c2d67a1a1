package io.jenkins.plugins.deploymentsop.report.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * A line chart of evenly spaced labelled points, e.g. a weekly trend. Gaps (no data) break the line and are named in
 * the description; every point carries a {@code <title>} tooltip. Produces standalone, CSP-clean {@code <svg>}.
 */
public final class LineChart {
    private static final int DEFAULT_HEIGHT = 120;

    private final ChartSettings settings;
    private final List<ChartPoint> points;
    private final OptionalDouble fixedMax;

    private LineChart(final Builder builder) {
        settings = builder.settings();
        points = List.copyOf(builder.points);
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
        ChartFrame frame =
                new ChartFrame(settings, Points.smallest(points), fixedMax.orElse(Points.largest(points)), false);
        SvgWriter svg = frame.start("linechart", Optional.of(Points.describe(points, settings.valueFormat())));
        if (!Points.anyValue(points)) {
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
                double value = point.getValue().getAsDouble();
                frame.point(
                        svg,
                        "dsop-chart-point",
                        x(frame, i),
                        frame.y(value),
                        point.getLabel() + ": " + frame.format(value));
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
        return frame.finish(svg);
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

    /** Collects points and options. */
    public static final class Builder extends ChartBuilder<Builder> {
        private final List<ChartPoint> points = new ArrayList<>();
        private OptionalDouble fixedMax = OptionalDouble.empty();

        private Builder(final String title) {
            super(title, DEFAULT_HEIGHT, Markup::number);
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

        @Override
        Builder self() {
            return this;
        }
    }
}
