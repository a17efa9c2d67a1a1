package io.jenkins.plugins.deploymentsop.report.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.StringJoiner;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;

/**
 * A vertical bar chart of labelled values, e.g. deployments per service; bars without data are left out (and named
 * in the description). Produces standalone, CSP-clean {@code <svg>}.
 */
public final class BarChart {
    private final String title;
    private final List<ChartPoint> bars;
    private final List<String> barClasses;
    private final DoubleFunction<String> valueFormat;
    private final int width;
    private final int height;
    private final String extraClasses;

    private BarChart(final Builder builder) {
        title = builder.title;
        bars = List.copyOf(builder.bars);
        barClasses = List.copyOf(builder.barClasses);
        valueFormat = builder.valueFormat;
        width = builder.width;
        height = builder.height;
        extraClasses = builder.extraClasses;
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
        double largest = 0;
        double smallest = 0;
        for (ChartPoint bar : bars) {
            if (bar.getValue().isPresent()) {
                largest = Math.max(largest, bar.getValue().getAsDouble());
                smallest = Math.min(smallest, bar.getValue().getAsDouble());
            }
        }
        ChartFrame frame = new ChartFrame(width, height, smallest, largest);
        SvgWriter svg = frame.start("barchart", extraClasses, title, description(), valueFormat);
        if (bars.stream().noneMatch(bar -> bar.getValue().isPresent())) {
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
                        .textElement("title", bar.getLabel() + ": " + valueFormat.apply(value.getAsDouble()))
                        .close("rect");
            }
            if (i % step == 0) {
                frame.xLabel(svg, x + barWidth / 2, bar.getAxisLabel(), "middle");
            }
        }
        return new SvgMarkup(svg.close("svg").toString());
    }

    private String description() {
        StringJoiner text = new StringJoiner("; ");
        for (ChartPoint bar : bars) {
            text.add(bar.getLabel() + ": "
                    + (bar.getValue().isPresent()
                            ? valueFormat.apply(bar.getValue().getAsDouble())
                            : "no data"));
        }
        return bars.isEmpty() ? "No data" : text.toString();
    }

    /** Collects bars and options. */
    public static final class Builder {
        private final String title;
        private final List<ChartPoint> bars = new ArrayList<>();
        private final List<String> barClasses = new ArrayList<>();
        private DoubleFunction<String> valueFormat = Markup::number;
        private int width = 320;
        private int height = 140;
        private String extraClasses = "";

        private Builder(final String title) {
            this.title = title;
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

        public Builder valueFormat(final DoubleFunction<String> format) {
            valueFormat = format;
            return this;
        }

        public Builder size(final int chartWidth, final int chartHeight) {
            width = chartWidth;
            height = chartHeight;
            return this;
        }

        public Builder cssClasses(final String classes) {
            extraClasses = SvgWriter.checkClasses(classes);
            return this;
        }

        public BarChart build() {
            return new BarChart(this);
        }
    }
}
