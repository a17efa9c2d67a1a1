package io.jenkins.plugins.deploymentsop.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.record.TrafficChange;
import io.jenkins.plugins.deploymentsop.report.svg.StepChart;
import io.jenkins.plugins.deploymentsop.report.svg.SvgMarkup;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The traffic split over time as a {@link StepChart}: one line per colour, a weight holds until the next change, the
 * last one until the deployment ended. Points are hollow when the router did not confirm them and carry a tooltip with
 * time, split and reason. The look comes from classes ({@code dsr-chart-blue}, {@code dsr-chart-green}) in the
 * report's stylesheet; the table beside the chart lists the same changes, so the chart has no {@code <desc>}.
 */
final class TrafficChartSvg {
    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final List<TrafficChange> changes;
    private final Instant from;
    private final Instant to;

    /**
     * Creates the chart of a deployment's traffic changes.
     *
     * @param changes the changes; entries without a time are left out
     * @param start when the deployment started, if known
     * @param end when it ended, if known; otherwise the chart ends at the last change
     */
    TrafficChartSvg(
            final List<TrafficChange> changes, @CheckForNull final Instant start, @CheckForNull final Instant end) {
        this.changes = changes.stream()
                .filter(change -> change.at() != null)
                .sorted(Comparator.comparing(TrafficChange::at))
                .toList();
        Instant first =
                this.changes.isEmpty() ? Instant.EPOCH : this.changes.get(0).at();
        Instant last = this.changes.isEmpty()
                ? first
                : this.changes.get(this.changes.size() - 1).at();
        Instant begin = start != null && start.isBefore(first) ? start : first;
        Instant finish = end != null && end.isAfter(last) ? end : last;
        this.from = begin;
        this.to = finish.isAfter(begin) ? finish : begin.plusSeconds(1);
    }

    /** Tells whether there is anything to draw. */
    boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Returns the chart. */
    SvgMarkup render() {
        return StepChart.builder("Traffic weight over time: blue and green, in percent")
                .size(WIDTH, HEIGHT)
                .cssClasses("dsr-chart")
                .series("blue", "dsr-chart-blue", steps(TrafficChange::blueWeight))
                .series("green", "dsr-chart-green", steps(TrafficChange::greenWeight))
                .start(from)
                .end(to)
                .timeLabels(CLOCK::format)
                .axisCaption("UTC, " + Durations.format(Duration.between(from, to)) + " in all")
                .hollowMeaning("not verified")
                .omitDescription()
                .build()
                .render();
    }

    private List<StepChart.Step> steps(final ToDoubleFunction<TrafficChange> weight) {
        return changes.stream()
                .map(change -> {
                    StepChart.Step step = StepChart.Step.of(change.at(), clamp(weight.applyAsDouble(change)))
                            .withTooltip(tooltip(change));
                    return change.verified() ? step : step.hollow();
                })
                .toList();
    }

    private static String tooltip(final TrafficChange change) {
        return String.format(
                Locale.ROOT,
                "%s: blue %s%%, green %s%%%s — %s",
                UtcTime.format(change.at()),
                Numbers.format(change.blueWeight()),
                Numbers.format(change.greenWeight()),
                change.verified() ? ", verified" : ", not verified",
                Texts.orEmpty(change.reason()));
    }

    private static double clamp(final double weight) {
        return Double.isFinite(weight) ? Math.max(0, Math.min(100, weight)) : 0;
    }
}
