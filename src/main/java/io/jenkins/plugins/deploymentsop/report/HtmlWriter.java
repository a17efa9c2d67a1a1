package io.jenkins.plugins.deploymentsop.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.report.svg.Markup;
import io.jenkins.plugins.deploymentsop.report.svg.SvgMarkup;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Writes HTML in which every text and attribute value is escaped, so a renderer cannot forget it. Markup comes only
 * from tag and attribute names, which are code constants, and from charts of {@code report.svg}: elements and
 * names that could run script or load anything ({@code script}, {@code iframe}, {@code on*}, {@code style},
 * {@code src}, {@code href} outside {@link #link} and {@link #relativeLink}) are refused outright.
 */
public final class HtmlWriter {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
    private static final Set<String> FORBIDDEN_ELEMENTS =
            Set.of("script", "iframe", "frame", "object", "embed", "base", "link");
    private static final Set<String> FORBIDDEN_ATTRIBUTES =
            Set.of("style", "href", "src", "srcdoc", "srcset", "action", "formaction", "xlink", "background", "data");
    /** One segment of a plain relative path: no colon (so no scheme), not empty, not {@code ..}. */
    private static final Pattern PATH_SEGMENT = Pattern.compile("[a-z][a-z0-9.-]*");

    private final StringBuilder out = new StringBuilder(4096);
    private final Deque<String> openElements = new ArrayDeque<>();

    /**
     * Opens an element.
     *
     * @param tag the element name, a constant
     * @param attributes name/value pairs; names are constants, values are escaped
     * @return this writer
     */
    public HtmlWriter open(final String tag, final String... attributes) {
        startTag(tag, attributes);
        out.append('>');
        openElements.push(tag);
        return this;
    }

    /**
     * Closes the innermost open element.
     *
     * @return this writer
     */
    public HtmlWriter close() {
        if (openElements.isEmpty()) {
            throw new IllegalStateException("No element is open");
        }
        out.append("</").append(openElements.pop()).append('>');
        return this;
    }

    /**
     * Writes an element that contains only text.
     *
     * @param tag the element name
     * @param text the text, escaped; null is written as nothing
     * @param attributes name/value pairs
     * @return this writer
     */
    public HtmlWriter element(final String tag, @CheckForNull final Object text, final String... attributes) {
        return open(tag, attributes).text(text).close();
    }

    /**
     * Writes an element without content, self-closed ({@code <meta .../>}, {@code <line .../>}): valid for HTML void
     * elements and SVG alike, and keeps the output well-formed XML.
     *
     * @param tag the element name
     * @param attributes name/value pairs
     * @return this writer
     */
    public HtmlWriter empty(final String tag, final String... attributes) {
        startTag(tag, attributes);
        out.append("/>");
        return this;
    }

    /**
     * Writes text.
     *
     * @param text the text, escaped; null is written as nothing
     * @return this writer
     */
    public HtmlWriter text(@CheckForNull final Object text) {
        if (text != null) {
            escape(String.valueOf(text));
        }
        return this;
    }

    /**
     * Writes a link if the target is an absolute http(s) URL, otherwise the target as plain text.
     *
     * @param target the URL or file name from the record
     * @param text the link text; blank means the target itself
     * @return this writer
     */
    public HtmlWriter link(@CheckForNull final String target, @CheckForNull final String text) {
        String shown = text == null || text.isBlank() ? target : text;
        if (target != null && SafeUrl.isHttp(target)) {
            out.append("<a href=\"");
            escape(target);
            out.append("\" rel=\"noopener noreferrer nofollow\">");
            escape(String.valueOf(shown));
            out.append("</a>");
            return this;
        }
        return text(shown);
    }

    /**
     * Writes a link to this page with other parameters ({@code ?window=30}) or to a resource below it
     * ({@code api/dora.json?window=30}). The path is a constant of plain relative segments, so never a scheme, host or
     * {@code ..}; the parameter values are percent-encoded here, so none can become a scheme or another parameter.
     *
     * @param path empty for this page, or e.g. {@code api/dora.json}
     * @param parameters the query parameters in iteration order; names are constants
     * @param text the link text, escaped
     * @return this writer
     */
    public HtmlWriter relativeLink(
            final String path, final Map<String, String> parameters, @CheckForNull final Object text) {
        if (!path.isEmpty() && !isPlainRelativePath(path)) {
            throw new IllegalArgumentException("Not a plain relative path: " + path);
        }
        if (path.isEmpty() && parameters.isEmpty()) {
            throw new IllegalArgumentException("A link to this page needs parameters");
        }
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((name, value) -> {
            checkName(name);
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        out.append("<a href=\"");
        escape(path + query);
        out.append("\">");
        text(text);
        out.append("</a>");
        return this;
    }

    /**
     * Embeds a chart; its markup comes from the escaping writer of {@code report.svg}.
     *
     * @param chart the chart
     * @return this writer
     */
    public HtmlWriter svg(final SvgMarkup chart) {
        out.append(chart);
        return this;
    }

    /**
     * Writes a time as a {@code <time>} element in UTC ISO format, or a dash when unknown.
     *
     * @param instant the time
     * @return this writer
     */
    public HtmlWriter time(@CheckForNull final Instant instant) {
        if (instant == null) {
            return text(Texts.NONE);
        }
        return element("time", UtcTime.format(instant), "datetime", instant.toString());
    }

    private void startTag(final String tag, final String... attributes) {
        checkName(tag);
        if (FORBIDDEN_ELEMENTS.contains(tag.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Element " + tag + " is not allowed: no script, frames or loads");
        }
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes come in name/value pairs: " + attributes.length);
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            String name = attributes[i];
            checkAttribute(name);
            out.append(' ').append(name).append("=\"");
            escape(attributes[i + 1]);
            out.append('"');
        }
    }

    /** Tells whether a path is segments like {@code api/dora.json}: so no scheme, host, absolute path or {@code ..}. */
    private static boolean isPlainRelativePath(final String path) {
        return Arrays.stream(path.split("/", -1))
                .allMatch(segment -> PATH_SEGMENT.matcher(segment).matches());
    }

    private static void checkName(final String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not an element or attribute name: " + name);
        }
    }

    private static void checkAttribute(final String name) {
        checkName(name);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("on") || FORBIDDEN_ATTRIBUTES.contains(lower)) {
            throw new IllegalArgumentException("Attribute " + name + " is not allowed: no script, style or loads");
        }
    }

    private void escape(final String text) {
        out.append(Markup.escape(text, ' '));
    }

    /**
     * Returns the HTML written so far.
     *
     * @return the HTML
     * @throws IllegalStateException if an element is still open
     */
    @Override
    public String toString() {
        if (!openElements.isEmpty()) {
            throw new IllegalStateException("Elements still open: " + openElements);
        }
        return out.toString();
    }
}
