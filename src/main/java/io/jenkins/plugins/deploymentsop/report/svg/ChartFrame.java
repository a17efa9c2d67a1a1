package io.jenkins.plugins.deploymentsop.report.svg;

import java.util.function.DoubleFunction;

/**
 * The common frame of all charts: size, plot area, value scale from 0 (or the smallest value) to a rounded maximum,
 * the root element with its accessible name, title and description, and the y axis with two labels.
 */
final class ChartFrame {
    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final double LEFT = 44;
    private static final double RIGHT = 10;
    private static final double TOP = 10;
    private static final double BOTTOM = 22;
    /** Rough width of one label character at the CSS font size, to keep axis labels apart. */
    private static final double CHARACTER_WIDTH = 6.5;

    final int width;
    final int height;
    final double min;
    final double max;

    ChartFrame(final int width, final int height, final double smallest, final double largest) {
        if (width < 100 || height < 60 || width > 4000 || height > 4000) {
            throw new IllegalArgumentException(
                    String.format("Chart size %dx%d outside 100x60 to 4000x4000", width, height));
        }
        this.width = width;
        this.height = height;
        this.min = Math.min(0, smallest);
        double top = niceCeiling(largest);
        this.max = top > min ? top : min + 1;
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
        return width - RIGHT;
    }

    double top() {
        return TOP;
    }

    double bottom() {
        return height - BOTTOM;
    }

    double y(final double value) {
        return bottom() - (value - min) / (max - min) * (bottom() - top());
    }

    /**
     * Opens the root element and writes title, description and the y axis.
     *
     * @param kind the chart kind, becomes the class {@code dsop-chart-<kind>}
     * @param extraClasses caller classes (checked), may be empty
     * @param title the accessible name
     * @param description a text alternative of the data
     * @param valueFormat renders the axis labels
     * @return the writer, with the root element open
     */
    SvgWriter start(
            final String kind,
            final String extraClasses,
            final String title,
            final String description,
            final DoubleFunction<String> valueFormat) {
        String classes = "dsop-chart dsop-chart-" + kind
                + (extraClasses.isEmpty() ? "" : " " + SvgWriter.checkClasses(extraClasses));
        SvgWriter svg = new SvgWriter()
                .open(
                        "svg",
                        "xmlns",
                        SVG_NAMESPACE,
                        "class",
                        classes,
                        "viewBox",
                        "0 0 " + width + " " + height,
                        "width",
                        width,
                        "height",
                        height,
                        "role",
                        "img",
                        "aria-label",
                        title)
                .textElement("title", title)
                .textElement("desc", description);
        svg.empty("line", "class", "dsop-chart-axis", "x1", left(), "y1", bottom(), "x2", right(), "y2", bottom());
        svg.empty("line", "class", "dsop-chart-axis", "x1", left(), "y1", top(), "x2", left(), "y2", bottom());
        svg.empty("line", "class", "dsop-chart-grid", "x1", left(), "y1", top(), "x2", right(), "y2", top());
        svg.textElement(
                "text",
                valueFormat.apply(max),
                "class",
                "dsop-chart-label dsop-chart-label-y",
                "x",
                left() - 4,
                "y",
                top() + 4,
                "text-anchor",
                "end");
        svg.textElement(
                "text",
                valueFormat.apply(min),
                "class",
                "dsop-chart-label dsop-chart-label-y",
                "x",
                left() - 4,
                "y",
                bottom(),
                "text-anchor",
                "end");
        return svg;
    }

    /**
     * Writes the centred "No data" text of an empty chart.
     *
     * @param svg the writer
     */
    void noData(final SvgWriter svg) {
        svg.textElement(
                "text",
                "No data",
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
    static int labelStep(final java.util.List<String> labels, final double spacing) {
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
                height - 6.0,
                "text-anchor",
                anchor);
    }
}
