package io.jenkins.plugins.deploymentsop.report.dora;

import io.jenkins.plugins.deploymentsop.report.svg.Markup;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Appends HTML that is also well-formed XML: tag and attribute names come from code and are checked, every value and
 * text is escaped. It cannot write {@code script}, {@code style}, {@code on*} attributes or a link with a scheme
 * (so no {@code javascript:} URL): the page stays inert under a strict Content Security Policy.
 */
public final class HtmlWriter {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Set<String> FORBIDDEN_ELEMENTS =
            Set.of("script", "style", "iframe", "object", "embed", "link", "meta", "base");
    private static final Pattern SAFE_LINK = Pattern.compile("[?#]|api/[a-z.]+(\\?.*)?|\\?.*");

    private final StringBuilder html = new StringBuilder(8192);

    /**
     * Opens an element.
     *
     * @param element the tag name
     * @param attributes name/value pairs; values are escaped
     * @return this writer
     */
    public HtmlWriter open(final String element, final String... attributes) {
        start(element, attributes);
        html.append('>');
        return this;
    }

    /**
     * Writes a void element such as {@code <input/>}.
     *
     * @param element the tag name
     * @param attributes name/value pairs
     * @return this writer
     */
    public HtmlWriter empty(final String element, final String... attributes) {
        start(element, attributes);
        html.append("/>");
        return this;
    }

    public HtmlWriter text(final String text) {
        html.append(Markup.escape(text));
        return this;
    }

    public HtmlWriter close(final String element) {
        html.append("</").append(element).append('>');
        return this;
    }

    /**
     * Writes an element holding only text.
     *
     * @param element the tag name
     * @param text the text, escaped
     * @param attributes name/value pairs
     * @return this writer
     */
    public HtmlWriter element(final String element, final String text, final String... attributes) {
        return open(element, attributes).text(text).close(element);
    }

    /**
     * Embeds markup produced by the chart builders, which escape on their own and write no script or handlers.
     *
     * @param svg an {@code <svg>} element from {@code report.svg}
     * @return this writer
     */
    public HtmlWriter svg(final String svg) {
        if (!svg.startsWith("<svg ")) {
            throw new IllegalArgumentException("Only chart markup can be embedded");
        }
        html.append(svg);
        return this;
    }

    private void start(final String element, final String... attributes) {
        check(element);
        if (FORBIDDEN_ELEMENTS.contains(element)) {
            throw new IllegalArgumentException("Element not allowed on the page: " + element);
        }
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes come in name/value pairs");
        }
        html.append('<').append(element);
        for (int i = 0; i < attributes.length; i += 2) {
            String name = attributes[i];
            String value = attributes[i + 1];
            check(name);
            if (name.startsWith("on") || "style".equals(name) || "srcdoc".equals(name)) {
                throw new IllegalArgumentException("Attribute not allowed on the page: " + name);
            }
            if (("href".equals(name) || "action".equals(name) || "src".equals(name))
                    && !SAFE_LINK.matcher(value).matches()) {
                throw new IllegalArgumentException("Only relative page and export links are allowed: " + value);
            }
            html.append(' ')
                    .append(name)
                    .append("=\"")
                    .append(Markup.escape(value))
                    .append('"');
        }
    }

    private static void check(final String name) {
        if (!NAME.matcher(name).matches() || !name.equals(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Not an HTML name: " + name);
        }
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
