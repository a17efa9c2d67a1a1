package io.jenkins.plugins.deploymentsop.report.svg;

import java.util.function.DoubleFunction;

/**
 * What every chart is given besides its data, fixed when the chart is built.
 *
 * @param title the accessible name
 * @param valueFormat renders values in labels and tooltips
 * @param width the width in pixels
 * @param height the height in pixels
 * @param extraClasses checked CSS classes of the root element, or empty
 */
record ChartSettings(String title, DoubleFunction<String> valueFormat, int width, int height, String extraClasses) {}
