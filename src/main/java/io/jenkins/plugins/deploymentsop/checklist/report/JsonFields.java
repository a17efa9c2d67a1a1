package io.jenkins.plugins.deploymentsop.checklist.report;

import com.fasterxml.jackson.databind.JsonNode;

/** Lenient reads from scanner JSON, where fields are missing, null, numbers or numeric strings. */
final class JsonFields {
    private static final int MAX_TITLE = 160;

    private JsonFields() {}

    /**
     * Returns a field's text, or an empty string if it is missing, null or not a value.
     *
     * @param node the object
     * @param field the field
     * @return the text
     */
    static String text(final JsonNode node, final String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    /**
     * Returns a number written as a JSON number or a numeric string.
     *
     * @param value the node
     * @return the number, NaN if it is none
     */
    static double number(final JsonNode value) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isTextual()) {
            return VulnerabilitySeverity.score(value.asText()).orElse(Double.NaN);
        }
        return Double.NaN;
    }

    /**
     * Returns the first usable severity among candidate texts; {@code UNKNOWN} if none is known.
     *
     * @param candidates severity words or scores, best source first
     * @return the severity
     */
    static VulnerabilitySeverity severity(final String... candidates) {
        for (String candidate : candidates) {
            VulnerabilitySeverity severity =
                    VulnerabilitySeverity.parse(candidate).orElse(VulnerabilitySeverity.UNKNOWN);
            if (severity != VulnerabilitySeverity.UNKNOWN) {
                return severity;
            }
        }
        return VulnerabilitySeverity.UNKNOWN;
    }

    /**
     * Cuts a description to a short title: its first line, bounded.
     *
     * @param text the description
     * @return the title
     */
    static String title(final String text) {
        String line = text.strip();
        int newline = line.indexOf('\n');
        if (newline >= 0) {
            line = line.substring(0, newline).strip();
        }
        return line.length() <= MAX_TITLE ? line : line.substring(0, MAX_TITLE - 1) + "…";
    }

    /**
     * Joins a package name and version as {@code name@version}.
     *
     * @param name the name
     * @param version the version, possibly empty
     * @return the component
     */
    static String component(final String name, final String version) {
        return version.isEmpty() ? name : name + "@" + version;
    }

    /**
     * Returns a number as text without a trailing {@code .0}, or an empty string for NaN.
     *
     * @param score the number
     * @return the text
     */
    static String scoreText(final double score) {
        return Double.isNaN(score) ? "" : String.valueOf(score);
    }
}
