package io.jenkins.plugins.deploymentsop.report.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * A vertical bar chart of labelled values, e.g. deployments per service; bars without data are left out (and named
 * in the description). Produces standalone, CSP-clean {@code <svg>}.
 */
public final class BarChart {
    private static final int DEFAULT_HEIGHT = 140;

    private final ChartSettings settings;
    private final List<ChartPoint> bars;
    private final List<String> barClasses;

    private BarChart(final Builder builder) {
        settings = builder.settings();
        bars = List.copyOf(builder.bars);
        barClasses = List.copyOf(builder.barClasses);
    }

    public static Builder builder(final String title) {
        return new Builder(title);
    }

    /**
     * Renders the chart.
     *
     * @return the {@code <svg>} element
     */
    public SvgMarkup render() {
        ChartFrame frame = new ChartFrame(settings, Points.smallest(bars), Points.largest(bars), false);
        SvgWriter svg = frame.start("barchart", Optional.of(Points.describe(bars, settings.valueFormat())));
        if (!Points.anyValue(bars)) {
            frame.noData(svg);
        }
        double slot = bars.isEmpty() ? 0 : (frame.right() - frame.left()) / bars.size();
        double barWidth = slot * 0.7;
        int step =
                ChartFrame.labelStep(bars.stream().map(ChartPoint::getAxisLabel).collect(Collectors.toList()), slot);
        for (int i = 0; i < bars.size(); i++) {
            ChartPoint bar = bars.get(i);
            double x = frame.left() + i * slot + (slot - barWidth) / 2;
            OptionalDouble value = bar.getValue();
            if (value.isPresent()) {
                double y = frame.y(Math.max(value.getAsDouble(), 0));
                double zero = frame.y(Math.min(value.getAsDouble(), 0));
                String classes = "dsop-chart-bar" + (barClasses.get(i).isEmpty() ? "" : " " + barClasses.get(i));
                svg.open("rect", "class", classes, "x", x, "y", y, "width", barWidth, "height", Math.max(zero - y, 0.5))
                        .textElement("title", bar.getLabel() + ": " + frame.format(value.getAsDouble()))
                        .close("rect");
            }
            if (i % step == 0) {
                frame.xLabel(svg, x + barWidth / 2, bar.getAxisLabel(), "middle");
            }
        }
        return frame.finish(svg);
    }

    /** Collects bars and options. */
    public static final class Builder extends ChartBuilder<Builder> {
        private final List<ChartPoint> bars = new ArrayList<>();
        private final List<String> barClasses = new ArrayList<>();

        private Builder(final String title) {
            super(title, DEFAULT_HEIGHT, Markup::number);
        }

        public Builder bar(final ChartPoint bar) {
            return bar(bar, "");
        }

        /**
         * Adds a bar with extra CSS classes, e.g. {@code dsop-band-elite}.
         *
         * @param bar the label and value
         * @param classes lower-case class names separated by single spaces, or empty
         * @return this builder
         */
        public Builder bar(final ChartPoint bar, final String classes) {
            bars.add(bar);
            barClasses.add(classes.isEmpty() ? "" : SvgWriter.checkClasses(classes));
            return this;
        }

        public BarChart build() {
            return new BarChart(this);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
