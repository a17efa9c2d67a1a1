package io.jenkins.plugins.deploymentsop.report.svg;

import java.util.function.DoubleFunction;

/**
 * The options every chart builder has: title, value format, size and CSS classes of the root element.
 *
 * @param <B> the concrete builder, returned by each option
 */
abstract class ChartBuilder<B extends ChartBuilder<B>> {
    private static final int DEFAULT_WIDTH = 320;

    private final String title;
    private DoubleFunction<String> valueFormat;
    private int width = DEFAULT_WIDTH;
    private int height;
    private String extraClasses = "";

    ChartBuilder(final String title, final int height, final DoubleFunction<String> valueFormat) {
        this.title = title;
        this.height = height;
        this.valueFormat = valueFormat;
    }

    /**
     * Sets how values appear in labels and tooltips, e.g. {@code v -> v + "%"}.
     *
     * @param format the format
     * @return this builder
     */
    public B valueFormat(final DoubleFunction<String> format) {
        valueFormat = format;
        return self();
    }

    /**
     * Sets the size; it is checked when the chart is rendered.
     *
     * @param chartWidth the width in pixels, 100 to 4000
     * @param chartHeight the height in pixels, 60 to 4000
     * @return this builder
     */
    public B size(final int chartWidth, final int chartHeight) {
        width = chartWidth;
        height = chartHeight;
        return self();
    }

    /**
     * Adds CSS classes to the root element, e.g. a band modifier.
     *
     * @param classes lower-case class names separated by single spaces
     * @return this builder
     */
    public B cssClasses(final String classes) {
        extraClasses = SvgWriter.checkClasses(classes);
        return self();
    }

    abstract B self();

    ChartSettings settings() {
        return new ChartSettings(title, valueFormat, width, height, extraClasses);
    }
}
