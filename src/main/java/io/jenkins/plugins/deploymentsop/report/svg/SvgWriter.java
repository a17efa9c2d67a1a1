package io.jenkins.plugins.deploymentsop.report.svg;

import java.util.regex.Pattern;

/**
 * Appends SVG elements: attribute names come from code and are checked, values are always escaped. There is no way
 * to write a {@code style} or {@code on*} attribute or a script element.
 */
final class SvgWriter {
    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9-]*");
    private static final Pattern CLASS_NAMES = Pattern.compile("[a-z][a-z0-9-]*( [a-z][a-z0-9-]*)*");

    private final StringBuilder markup = new StringBuilder(2048);

    /**
     * Checks a CSS class list supplied by a caller, e.g. a band modifier.
     *
     * @param classes the class names, separated by single spaces
     * @return the same classes
     * @throws IllegalArgumentException if they are not lower-case class names
     */
    static String checkClasses(final String classes) {
        if (!CLASS_NAMES.matcher(classes).matches()) {
            throw new IllegalArgumentException("Not a list of CSS class names: '" + classes + "'");
        }
        return classes;
    }

    SvgWriter open(final String element, final Object... attributes) {
        start(element, attributes);
        markup.append('>');
        return this;
    }

    SvgWriter empty(final String element, final Object... attributes) {
        start(element, attributes);
        markup.append("/>");
        return this;
    }

    SvgWriter text(final String text) {
        markup.append(Markup.escape(text));
        return this;
    }

    SvgWriter close(final String element) {
        markup.append("</").append(element).append('>');
        return this;
    }

    /**
     * Writes an element that holds only text, e.g. {@code <title>}.
     *
     * @param element the element
     * @param text its text
     * @param attributes name/value pairs
     * @return this writer
     */
    SvgWriter textElement(final String element, final String text, final Object... attributes) {
        return open(element, attributes).text(text).close(element);
    }

    private void start(final String element, final Object... attributes) {
        checkName(element);
        if ("script".equals(element) || "foreignObject".equals(element)) {
            throw new IllegalArgumentException("Element not allowed in a chart: " + element);
        }
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes come in name/value pairs");
        }
        markup.append('<').append(element);
        for (int i = 0; i < attributes.length; i += 2) {
            String name = String.valueOf(attributes[i]);
            checkName(name);
            if ("style".equals(name) || name.startsWith("on") || name.endsWith("href")) {
                throw new IllegalArgumentException("Attribute not allowed in a chart: " + name);
            }
            Object value = attributes[i + 1];
            String text = value instanceof Double ? Markup.number((Double) value) : String.valueOf(value);
            markup.append(' ')
                    .append(name)
                    .append("=\"")
                    .append(Markup.escape(text))
                    .append('"');
        }
    }

    private static void checkName(final String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not an SVG name: " + name);
        }
    }

    @Override
    public String toString() {
        return markup.toString();
    }
}
