package io.jenkins.plugins.deploymentsop.report.svg;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.DoubleFunction;

/**
 * A step chart of a value over time that holds until the next change, e.g. the traffic weight of a canary: each
 * step starts at its instant and lasts until the next one (the last until the chart's end). The x axis shows time
 * elapsed since the first step. Produces standalone, CSP-clean {@code <svg>}.
 */
public final class StepChart {
    private final String title;
    private final List<Step> steps;
    private final Instant end;
    private final double maxValue;
    private final DoubleFunction<String> valueFormat;
    private final int width;
    private final int height;
    private final String extraClasses;

    private StepChart(final Builder builder) {
        title = builder.title;
        List<Step> sorted = new ArrayList<>(builder.steps);
        sorted.sort(Comparator.comparing(step -> step.at));
        steps = List.copyOf(sorted);
        Instant last = steps.isEmpty() ? Instant.EPOCH : steps.get(steps.size() - 1).at;
        end = builder.end == null || builder.end.isBefore(last) ? last : builder.end;
        maxValue = builder.maxValue;
        valueFormat = builder.valueFormat;
        width = builder.width;
        height = builder.height;
        extraClasses = builder.extraClasses;
    }

    /**
     * Starts a chart whose values range from 0 to 100 and render as percentages.
     *
     * @param title the accessible name, e.g. {@code Canary traffic weight}
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
        double largest = maxValue;
        for (Step step : steps) {
            largest = Math.max(largest, step.value);
        }
        ChartFrame frame = new ChartFrame(width, height, 0, largest);
        SvgWriter svg = frame.start("stepchart", extraClasses, title, description(), valueFormat);
        if (steps.isEmpty()) {
            frame.noData(svg);
            return new SvgMarkup(svg.close("svg").toString());
        }
        Instant start = steps.get(0).at;
        long total = Math.max(1, Duration.between(start, end).toMillis());
        List<String> corners = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Instant until = i + 1 < steps.size() ? steps.get(i + 1).at : end;
            double y = frame.y(step.value);
            corners.add(Markup.number(x(frame, start, step.at, total)) + "," + Markup.number(y));
            corners.add(Markup.number(x(frame, start, until, total)) + "," + Markup.number(y));
        }
        svg.empty("polyline", "class", "dsop-chart-step-line", "fill", "none", "points", String.join(" ", corners));
        for (Step step : steps) {
            svg.open(
                            "circle",
                            "class",
                            "dsop-chart-point",
                            "cx",
                            x(frame, start, step.at, total),
                            "cy",
                            frame.y(step.value),
                            "r",
                            2.5)
                    .textElement("title", elapsed(start, step.at) + ": " + valueFormat.apply(step.value))
                    .close("circle");
        }
        frame.xLabel(svg, frame.left(), elapsed(start, start), "start");
        frame.xLabel(svg, frame.right(), elapsed(start, end), "end");
        return new SvgMarkup(svg.close("svg").toString());
    }

    private static double x(final ChartFrame frame, final Instant start, final Instant at, final long total) {
        double share = Duration.between(start, at).toMillis() / (double) total;
        return frame.left() + share * (frame.right() - frame.left());
    }

    private static String elapsed(final Instant start, final Instant at) {
        return "+" + TimeSpan.ofMillis(Math.max(0, Duration.between(start, at).toMillis()));
    }

    private String description() {
        if (steps.isEmpty()) {
            return "No data";
        }
        Instant start = steps.get(0).at;
        StringJoiner text = new StringJoiner("; ");
        for (Step step : steps) {
            text.add(elapsed(start, step.at) + ": " + valueFormat.apply(step.value));
        }
        text.add("end " + elapsed(start, end));
        return text.toString();
    }

    /** One change of the value. */
    private static final class Step {
        private final Instant at;
        private final double value;

        Step(final Instant at, final double value) {
            this.at = at;
            this.value = value;
        }
    }

    /** Collects steps and options. */
    public static final class Builder {
        private final String title;
        private final List<Step> steps = new ArrayList<>();

        @CheckForNull
        private Instant end;

        private double maxValue = 100;
        private DoubleFunction<String> valueFormat = value -> Markup.number(value) + "%";
        private int width = 320;
        private int height = 120;
        private String extraClasses = "";

        private Builder(final String title) {
            this.title = title;
        }

        /**
         * Adds a change of the value.
         *
         * @param at when the value took effect
         * @param value the new value, finite
         * @return this builder
         */
        public Builder step(final Instant at, final double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("Step values must be finite: " + value + " at " + at);
            }
            steps.add(new Step(at, value));
            return this;
        }

        /**
         * Sets until when the last value holds (default: the last step, i.e. no tail).
         *
         * @param value the end
         * @return this builder
         */
        public Builder end(final Instant value) {
            end = value;
            return this;
        }

        /**
         * Sets the top of the value axis (default 100); larger values raise it.
         *
         * @param value the top
         * @return this builder
         */
        public Builder maxValue(final double value) {
            maxValue = value;
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

        public StepChart build() {
            return new StepChart(this);
        }
    }
}
