package io.jenkins.plugins.deploymentsop.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.record.TrafficChange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The traffic split over time as a server-side SVG step chart: one line per colour, a weight holds until the next
 * change, the last one until the deployment ended. Points are marked, hollow when the router did not confirm them, and
 * carry a tooltip with time, split and reason. No script, no style attribute: colours are presentation attributes
 * (readable without the stylesheet) that the stylesheet may override by class.
 */
public final class TrafficChartSvg {
    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 24;
    private static final int BOTTOM = 36;
    private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    private static final String BLUE = "#1f6feb";
    private static final String GREEN = "#1a7f37";
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
    public TrafficChartSvg(
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
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * Writes the chart as an inline {@code <svg>} element.
     *
     * @param html the writer
     */
    public void writeTo(final HtmlWriter html) {
        html.open(
                "svg",
                "xmlns",
                "http://www.w3.org/2000/svg",
                "class",
                "dsr-chart",
                "viewBox",
                "0 0 " + WIDTH + " " + HEIGHT,
                "width",
                String.valueOf(WIDTH),
                "height",
                String.valueOf(HEIGHT),
                "role",
                "img");
        html.element("title", "Traffic weight over time: blue and green, in percent");
        writeGrid(html);
        writeTimeAxis(html);
        writeSeries(html, "blue", BLUE, TrafficChange::blueWeight);
        writeSeries(html, "green", GREEN, TrafficChange::greenWeight);
        writeLegend(html);
        html.close();
    }

    /** Returns the chart as SVG markup. */
    public String render() {
        HtmlWriter html = new HtmlWriter();
        writeTo(html);
        return html.toString();
    }

    private void writeGrid(final HtmlWriter html) {
        for (int weight = 0; weight <= 100; weight += 25) {
            String y = coordinate(y(weight));
            html.empty(
                    "line",
                    "class",
                    "dsr-chart-grid",
                    "x1",
                    String.valueOf(LEFT),
                    "x2",
                    String.valueOf(LEFT + PLOT_WIDTH),
                    "y1",
                    y,
                    "y2",
                    y,
                    "stroke",
                    "#d0d7de",
                    "stroke-width",
                    "1");
            html.element(
                    "text",
                    weight + "%",
                    "class",
                    "dsr-chart-label",
                    "x",
                    String.valueOf(LEFT - 6),
                    "y",
                    coordinate(y(weight) + 4),
                    "text-anchor",
                    "end",
                    "font-size",
                    "11");
        }
    }

    private void writeTimeAxis(final HtmlWriter html) {
        String baseline = coordinate(TOP + PLOT_HEIGHT + 16);
        html.element(
                "text",
                CLOCK.format(from),
                "class",
                "dsr-chart-label",
                "x",
                String.valueOf(LEFT),
                "y",
                baseline,
                "text-anchor",
                "start",
                "font-size",
                "11");
        html.element(
                "text",
                CLOCK.format(to),
                "class",
                "dsr-chart-label",
                "x",
                String.valueOf(LEFT + PLOT_WIDTH),
                "y",
                baseline,
                "text-anchor",
                "end",
                "font-size",
                "11");
        html.element(
                "text",
                "UTC, " + Durations.format(Duration.between(from, to)) + " in all",
                "class",
                "dsr-chart-label",
                "x",
                String.valueOf(LEFT + PLOT_WIDTH / 2),
                "y",
                baseline,
                "text-anchor",
                "middle",
                "font-size",
                "11");
    }

    private void writeSeries(
            final HtmlWriter html,
            final String name,
            final String color,
            final ToDoubleFunction<TrafficChange> weight) {
        if (changes.isEmpty()) {
            return;
        }
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < changes.size(); i++) {
            double y = y(clamp(weight.applyAsDouble(changes.get(i))));
            Instant until = i + 1 < changes.size() ? changes.get(i + 1).at() : to;
            points.append(coordinate(x(changes.get(i).at())))
                    .append(',')
                    .append(coordinate(y))
                    .append(' ')
                    .append(coordinate(x(until)))
                    .append(',')
                    .append(coordinate(y))
                    .append(' ');
        }
        html.empty(
                "polyline",
                "class",
                "dsr-chart-line dsr-chart-" + name,
                "points",
                points.toString().strip(),
                "fill",
                "none",
                "stroke",
                color,
                "stroke-width",
                "2");
        for (TrafficChange change : changes) {
            html.open(
                    "circle",
                    "class",
                    "dsr-chart-point dsr-chart-" + name + (change.verified() ? "" : " dsr-chart-unverified"),
                    "cx",
                    coordinate(x(change.at())),
                    "cy",
                    coordinate(y(clamp(weight.applyAsDouble(change)))),
                    "r",
                    "3.5",
                    "fill",
                    change.verified() ? color : "#ffffff",
                    "stroke",
                    color,
                    "stroke-width",
                    "1.5");
            html.element("title", tooltip(change));
            html.close();
        }
    }

    private void writeLegend(final HtmlWriter html) {
        int x = LEFT + PLOT_WIDTH - 230;
        legendEntry(html, x, "blue", BLUE);
        legendEntry(html, x + 70, "green", GREEN);
        html.element(
                "text",
                "○ not verified",
                "class",
                "dsr-chart-label",
                "x",
                String.valueOf(x + 145),
                "y",
                "14",
                "font-size",
                "11");
    }

    private static void legendEntry(final HtmlWriter html, final int x, final String name, final String color) {
        html.empty(
                "line",
                "class",
                "dsr-chart-line dsr-chart-" + name,
                "x1",
                String.valueOf(x),
                "x2",
                String.valueOf(x + 16),
                "y1",
                "10",
                "y2",
                "10",
                "stroke",
                color,
                "stroke-width",
                "2");
        html.element(
                "text", name, "class", "dsr-chart-label", "x", String.valueOf(x + 20), "y", "14", "font-size", "11");
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

    private double x(final Instant at) {
        double span = Duration.between(from, to).toMillis();
        return LEFT + Duration.between(from, at).toMillis() / span * PLOT_WIDTH;
    }

    private static double y(final double weight) {
        return TOP + (100 - weight) / 100 * PLOT_HEIGHT;
    }

    private static double clamp(final double weight) {
        return Double.isFinite(weight) ? Math.max(0, Math.min(100, weight)) : 0;
    }

    private static String coordinate(final double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
