package io.jenkins.plugins.deploymentsop.report.svg;

import java.util.List;
import java.util.Optional;

/**
 * The common frame of all charts: size, plot area, value scale from 0 (or the smallest value) to a rounded maximum,
 * the root element with its accessible name, title and description, the axes with their labels, the point markers
 * and the legend.
 */
final class ChartFrame {
    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    static final String NO_DATA = "No data";
    private static final double LEFT = 44;
    private static final double RIGHT = 10;
    private static final double TOP = 10;
    /** Room above the plot area for a legend. */
    private static final double TOP_WITH_LEGEND = 26;

    private static final double BOTTOM = 22;
    /** Rough width of one label character at the CSS font size, to keep axis labels apart. */
    private static final double CHARACTER_WIDTH = 6.5;

    private static final double POINT_RADIUS = 2.5;
    private static final double LEGEND_KEY_WIDTH = 16;

    private final ChartSettings settings;
    private final double top;
    final double min;
    final double max;

    /**
     * Lays out a chart.
     *
     * @param settings title, format, size and classes
     * @param smallest the smallest value to show
     * @param largest the largest value to show
     * @param legend whether to leave room for a legend above the plot area
     */
    ChartFrame(final ChartSettings settings, final double smallest, final double largest, final boolean legend) {
        int width = settings.width();
        int height = settings.height();
        if (width < 100 || height < 60 || width > 4000 || height > 4000) {
            throw new IllegalArgumentException(
                    String.format("Chart size %dx%d outside 100x60 to 4000x4000", width, height));
        }
        this.settings = settings;
        this.top = legend ? TOP_WITH_LEGEND : TOP;
        this.min = Math.min(0, smallest);
        double ceiling = niceCeiling(largest);
        this.max = ceiling > min ? ceiling : min + 1;
    }

    /**
     * Rounds up to 1, 2, 2.5 or 5 times a power of ten, so the top label is a round number.
     *
     * @param value the largest value
     * @return the rounded value, 1 for values up to 0
     */
    static double niceCeiling(final double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        double fraction = value / magnitude;
        double nice;
        if (fraction <= 1) {
            nice = 1;
        } else if (fraction <= 2) {
            nice = 2;
        } else if (fraction <= 2.5) {
            nice = 2.5;
        } else if (fraction <= 5) {
            nice = 5;
        } else {
            nice = 10;
        }
        return nice * magnitude;
    }

    double left() {
        return LEFT;
    }

    double right() {
        return settings.width() - RIGHT;
    }

    double top() {
        return top;
    }

    double bottom() {
        return settings.height() - BOTTOM;
    }

    double y(final double value) {
        return bottom() - (value - min) / (max - min) * (bottom() - top());
    }

    String format(final double value) {
        return settings.valueFormat().apply(value);
    }

    /**
     * Opens the root element and writes title, description and the y axis.
     *
     * @param kind the chart kind, becomes the class {@code dsop-chart-<kind>}
     * @param description a text alternative of the data; empty where the page shows the data next to the chart
     * @return the writer, with the root element open
     */
    SvgWriter start(final String kind, final Optional<String> description) {
        String extraClasses = settings.extraClasses();
        String classes = "dsop-chart dsop-chart-" + kind + (extraClasses.isEmpty() ? "" : " " + extraClasses);
        SvgWriter svg = new SvgWriter()
                .open(
                        "svg",
                        "xmlns",
                        SVG_NAMESPACE,
                        "class",
                        classes,
                        "viewBox",
                        "0 0 " + settings.width() + " " + settings.height(),
                        "width",
                        settings.width(),
                        "height",
                        settings.height(),
                        "role",
                        "img",
                        "aria-label",
                        settings.title())
                .textElement("title", settings.title());
        description.ifPresent(text -> svg.textElement("desc", text));
        svg.empty("line", "class", "dsop-chart-axis", "x1", left(), "y1", bottom(), "x2", right(), "y2", bottom());
        svg.empty("line", "class", "dsop-chart-axis", "x1", left(), "y1", top(), "x2", left(), "y2", bottom());
        svg.empty("line", "class", "dsop-chart-grid", "x1", left(), "y1", top(), "x2", right(), "y2", top());
        yLabel(svg, max, top() + 4);
        yLabel(svg, min, bottom());
        return svg;
    }

    private void yLabel(final SvgWriter svg, final double value, final double y) {
        svg.textElement(
                "text",
                format(value),
                "class",
                "dsop-chart-label dsop-chart-label-y",
                "x",
                left() - 4,
                "y",
                y,
                "text-anchor",
                "end");
    }

    /**
     * Closes the root element.
     *
     * @param svg the writer of {@link #start}
     * @return the chart
     */
    SvgMarkup finish(final SvgWriter svg) {
        return new SvgMarkup(svg.close("svg").toString());
    }

    /**
     * Writes the centred "No data" text of an empty chart.
     *
     * @param svg the writer
     */
    void noData(final SvgWriter svg) {
        svg.textElement(
                "text",
                NO_DATA,
                "class",
                "dsop-chart-empty",
                "x",
                (left() + right()) / 2,
                "y",
                (top() + bottom()) / 2,
                "text-anchor",
                "middle");
    }

    /**
     * Computes how many points to advance between x-axis labels so that they do not overlap.
     *
     * @param labels the axis labels
     * @param spacing the distance between two neighbouring points
     * @return the step, at least 1
     */
    static int labelStep(final List<String> labels, final double spacing) {
        int longest = labels.stream().mapToInt(String::length).max().orElse(0);
        double needed = longest * CHARACTER_WIDTH + 8;
        return spacing <= 0 ? 1 : Math.max(1, (int) Math.ceil(needed / spacing));
    }

    /**
     * Writes an x-axis label.
     *
     * @param svg the writer
     * @param x the position
     * @param text the label
     * @param anchor {@code start}, {@code middle} or {@code end}
     */
    void xLabel(final SvgWriter svg, final double x, final String text, final String anchor) {
        svg.textElement(
                "text",
                text,
                "class",
                "dsop-chart-label dsop-chart-label-x",
                "x",
                x,
                "y",
                settings.height() - 6.0,
                "text-anchor",
                anchor);
    }

    /**
     * Marks a data point with its tooltip.
     *
     * @param svg the writer
     * @param classes the classes, {@code dsop-chart-point} first
     * @param x the position
     * @param y the position
     * @param tooltip the text shown on hover
     */
    void point(final SvgWriter svg, final String classes, final double x, final double y, final String tooltip) {
        svg.open("circle", "class", classes, "cx", x, "cy", y, "r", POINT_RADIUS)
                .textElement("title", tooltip)
                .close("circle");
    }

    /**
     * Writes a legend in one row above the plot area; needs a frame made with room for it.
     *
     * @param svg the writer
     * @param entries the entries, left to right
     */
    void legend(final SvgWriter svg, final List<LegendEntry> entries) {
        double x = left();
        double baseline = top() - 11;
        for (LegendEntry entry : entries) {
            if (entry.keyClasses().isPresent()) {
                String classes = "dsop-chart-key"
                        + entry.keyClasses()
                                .filter(value -> !value.isEmpty())
                                .map(value -> " " + value)
                                .orElse("");
                svg.empty(
                        "line",
                        "class",
                        classes,
                        "x1",
                        x,
                        "y1",
                        baseline - 4,
                        "x2",
                        x + LEGEND_KEY_WIDTH,
                        "y2",
                        baseline - 4);
                x += LEGEND_KEY_WIDTH + 4;
            }
            svg.textElement(
                    "text", entry.label(), "class", "dsop-chart-label dsop-chart-legend", "x", x, "y", baseline);
            x += entry.label().length() * CHARACTER_WIDTH + 14;
        }
    }

    /**
     * One entry of a legend.
     *
     * @param label the text
     * @param keyClasses the classes of the line drawn before the text (a series' classes, may be empty); no line
     *     when absent
     */
    record LegendEntry(String label, Optional<String> keyClasses) {}
}
