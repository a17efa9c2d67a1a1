package io.jenkins.plugins.deploymentsop.report.svg;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * A step chart of values over time that hold until the next change, e.g. traffic weights: each step starts at its
 * instant and lasts until the next one of its series (the last until the chart's end). One or more series, each a line
 * with CSS classes of its own; a point may be drawn hollow, e.g. for a change nobody confirmed. The x axis shows time
 * elapsed since the first step, or labels of the caller's choice. Produces standalone, CSP-clean {@code <svg>}.
 */
public final class StepChart {
    private static final int DEFAULT_HEIGHT = 120;
    private static final String HOLLOW_MARK = "○ ";

    private final ChartSettings settings;
    private final List<Series> series;
    private final Instant start;
    private final Instant end;
    private final double maxValue;

    @CheckForNull
    private final Function<Instant, String> timeLabels;

    private final String axisCaption;
    private final String hollowMeaning;
    private final boolean described;

    private StepChart(final Builder builder) {
        settings = builder.settings();
        List<Series> all = new ArrayList<>();
        all.add(new Series("", "", builder.steps));
        all.addAll(builder.series);
        series = all.stream().filter(line -> !line.steps.isEmpty()).toList();
        Optional<Instant> first =
                series.stream().map(line -> line.steps.get(0).at).min(Comparator.naturalOrder());
        Optional<Instant> last = series.stream()
                .map(line -> line.steps.get(line.steps.size() - 1).at)
                .max(Comparator.naturalOrder());
        Instant begin = first.orElse(Instant.EPOCH);
        start = builder.start != null && builder.start.isBefore(begin) ? builder.start : begin;
        Instant finish = last.orElse(start);
        end = builder.end == null || builder.end.isBefore(finish) ? finish : builder.end;
        maxValue = builder.maxValue;
        timeLabels = builder.timeLabels;
        axisCaption = builder.axisCaption;
        hollowMeaning = builder.hollowMeaning;
        described = builder.described;
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
        for (Series line : series) {
            for (Step step : line.steps) {
                largest = Math.max(largest, step.value);
            }
        }
        List<ChartFrame.LegendEntry> legend = legend();
        ChartFrame frame = new ChartFrame(settings, 0, largest, !legend.isEmpty());
        SvgWriter svg = frame.start("stepchart", described ? Optional.of(description(frame)) : Optional.empty());
        frame.legend(svg, legend);
        if (series.isEmpty()) {
            frame.noData(svg);
            return frame.finish(svg);
        }
        for (Series line : series) {
            drawLine(svg, frame, line);
        }
        for (Series line : series) {
            for (Step step : line.steps) {
                String classes =
                        "dsop-chart-point" + line.classSuffix() + (step.hollow ? " dsop-chart-point-hollow" : "");
                frame.point(svg, classes, x(frame, step.at), frame.y(step.value), tooltip(frame, line, step));
            }
        }
        frame.xLabel(svg, frame.left(), label(start), "start");
        if (!axisCaption.isEmpty()) {
            frame.xLabel(svg, (frame.left() + frame.right()) / 2, axisCaption, "middle");
        }
        frame.xLabel(svg, frame.right(), label(end), "end");
        return frame.finish(svg);
    }

    private void drawLine(final SvgWriter svg, final ChartFrame frame, final Series line) {
        List<String> corners = new ArrayList<>();
        for (int i = 0; i < line.steps.size(); i++) {
            Step step = line.steps.get(i);
            Instant until = i + 1 < line.steps.size() ? line.steps.get(i + 1).at : end;
            String y = Markup.number(frame.y(step.value));
            corners.add(Markup.number(x(frame, step.at)) + "," + y);
            corners.add(Markup.number(x(frame, until)) + "," + y);
        }
        svg.empty(
                "polyline",
                "class",
                "dsop-chart-step-line" + line.classSuffix(),
                "fill",
                "none",
                "points",
                String.join(" ", corners));
    }

    private List<ChartFrame.LegendEntry> legend() {
        List<ChartFrame.LegendEntry> entries = new ArrayList<>();
        for (Series line : series) {
            if (!line.name.isEmpty()) {
                entries.add(new ChartFrame.LegendEntry(line.name, Optional.of(line.cssClasses)));
            }
        }
        boolean anyHollow = series.stream().flatMap(line -> line.steps.stream()).anyMatch(step -> step.hollow);
        if (anyHollow && !hollowMeaning.isEmpty()) {
            entries.add(new ChartFrame.LegendEntry(HOLLOW_MARK + hollowMeaning, Optional.empty()));
        }
        return entries;
    }

    private double x(final ChartFrame frame, final Instant at) {
        long total = Math.max(1, Duration.between(start, end).toMillis());
        double share = Duration.between(start, at).toMillis() / (double) total;
        return frame.left() + share * (frame.right() - frame.left());
    }

    private String label(final Instant at) {
        if (timeLabels != null) {
            return timeLabels.apply(at);
        }
        return "+" + TimeSpan.ofMillis(Math.max(0, Duration.between(start, at).toMillis()));
    }

    private String tooltip(final ChartFrame frame, final Series line, final Step step) {
        if (step.tooltip != null) {
            return step.tooltip;
        }
        return label(step.at) + ": " + line.prefix() + frame.format(step.value);
    }

    private String description(final ChartFrame frame) {
        if (series.isEmpty()) {
            return ChartFrame.NO_DATA;
        }
        StringJoiner text = new StringJoiner("; ");
        for (Series line : series) {
            for (Step step : line.steps) {
                text.add(line.prefix() + label(step.at) + ": " + frame.format(step.value));
            }
        }
        text.add("end " + label(end));
        return text.toString();
    }

    /** One change of a value: when, the new value, whether its point is hollow, and an optional own tooltip. */
    public static final class Step {
        private final Instant at;
        private final double value;
        private final boolean hollow;

        @CheckForNull
        private final String tooltip;

        private Step(final Instant at, final double value, final boolean hollow, @CheckForNull final String tooltip) {
            this.at = at;
            this.value = value;
            this.hollow = hollow;
            this.tooltip = tooltip;
        }

        /**
         * Creates a step.
         *
         * @param at when the value took effect
         * @param value the new value, finite
         * @return the step, drawn as a filled point with the default tooltip
         */
        public static Step of(final Instant at, final double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("Step values must be finite: " + value + " at " + at);
            }
            return new Step(at, value, false, null);
        }

        /**
         * Returns a copy drawn as a hollow point, e.g. for a change that was not confirmed.
         *
         * @return the step
         */
        public Step hollow() {
            return new Step(at, value, true, tooltip);
        }

        /**
         * Returns a copy with its own tooltip instead of time and value.
         *
         * @param text the tooltip
         * @return the step
         */
        public Step withTooltip(final String text) {
            return new Step(at, value, hollow, text);
        }
    }

    /** The steps of one line, sorted by time. */
    private static final class Series {
        private final String name;
        private final String cssClasses;
        private final List<Step> steps;

        Series(final String name, final String cssClasses, final List<Step> steps) {
            this.name = name;
            this.cssClasses = cssClasses;
            List<Step> sorted = new ArrayList<>(steps);
            sorted.sort(Comparator.comparing(step -> step.at));
            this.steps = List.copyOf(sorted);
        }

        String classSuffix() {
            return cssClasses.isEmpty() ? "" : " " + cssClasses;
        }

        String prefix() {
            return name.isEmpty() ? "" : name + " ";
        }
    }

    /** Collects steps and options. */
    public static final class Builder extends ChartBuilder<Builder> {
        private final List<Step> steps = new ArrayList<>();
        private final List<Series> series = new ArrayList<>();

        @CheckForNull
        private Instant start;

        @CheckForNull
        private Instant end;

        private double maxValue = 100;

        @CheckForNull
        private Function<Instant, String> timeLabels;

        private String axisCaption = "";
        private String hollowMeaning = "";
        private boolean described = true;

        private Builder(final String title) {
            super(title, DEFAULT_HEIGHT, value -> Markup.number(value) + "%");
        }

        /**
         * Adds a change of the value of the unnamed series.
         *
         * @param at when the value took effect
         * @param value the new value, finite
         * @return this builder
         */
        public Builder step(final Instant at, final double value) {
            steps.add(Step.of(at, value));
            return this;
        }

        /**
         * Adds a named series, drawn as its own line and listed in the legend.
         *
         * @param name the name in the legend and tooltips, e.g. {@code blue}
         * @param cssClasses classes of its line, points and legend key, e.g. {@code dsr-chart-blue}; may be empty
         * @param values its steps, in any order
         * @return this builder
         */
        public Builder series(final String name, final String cssClasses, final List<Step> values) {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("A series needs a name for the legend");
            }
            series.add(new Series(name, cssClasses.isEmpty() ? "" : SvgWriter.checkClasses(cssClasses), values));
            return this;
        }

        /**
         * Sets when the x axis begins, if before the first step (default: the first step).
         *
         * @param value the start
         * @return this builder
         */
        public Builder start(final Instant value) {
            start = value;
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

        /**
         * Labels the x axis and the default tooltips with a text of each instant, e.g. a clock time, instead of the
         * time elapsed since the start.
         *
         * @param labels the label of an instant
         * @return this builder
         */
        public Builder timeLabels(final Function<Instant, String> labels) {
            timeLabels = labels;
            return this;
        }

        /**
         * Writes a caption in the middle of the x axis, e.g. the time zone and the span.
         *
         * @param text the caption
         * @return this builder
         */
        public Builder axisCaption(final String text) {
            axisCaption = text;
            return this;
        }

        /**
         * Explains hollow points in the legend, e.g. {@code not verified}.
         *
         * @param text the meaning
         * @return this builder
         */
        public Builder hollowMeaning(final String text) {
            hollowMeaning = text;
            return this;
        }

        /**
         * Leaves out the {@code <desc>} text alternative, for a chart whose page lists the same data next to it (a
         * table), so assistive technology does not read it twice. The title stays.
         *
         * @return this builder
         */
        public Builder omitDescription() {
            described = false;
            return this;
        }

        public StepChart build() {
            return new StepChart(this);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
