package io.jenkins.plugins.deploymentsop.checklist;

import java.util.List;
import java.util.Locale;

/** Small text helpers for evidence lines: one line, bounded length, readable numbers. */
public final class Texts {
    /** Longest evidence line kept; the build page and the console show it in full. */
    public static final int MAX_EVIDENCE = 600;

    private Texts() {}

    /**
     * Folds a text onto one line and cuts it to a maximum length.
     *
     * @param text the text, possibly multi-line
     * @param max the maximum length
     * @return the single line
     */
    public static String oneLine(final String text, final int max) {
        String line = text.strip().replaceAll("\\s*\\R\\s*", " ").replace('\t', ' ');
        if (line.length() <= max) {
            return line;
        }
        return line.substring(0, Math.max(0, max - 1)) + "…";
    }

    /**
     * Returns the first non-blank line of a text, cut to a maximum length.
     *
     * @param text the text
     * @param max the maximum length
     * @return the first line, or an empty string
     */
    public static String firstLine(final String text, final int max) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                return oneLine(line, max);
            }
        }
        return "";
    }

    /**
     * Formats a count with a thousands separator, e.g. {@code 50,000}.
     *
     * @param count the count
     * @return the text
     */
    public static String count(final long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /**
     * Formats a count with its noun in singular or plural, e.g. {@code 1 test}, {@code 3 tests}.
     *
     * @param count the count
     * @param singular the singular noun
     * @param plural the plural noun
     * @return the text
     */
    public static String count(final long count, final String singular, final String plural) {
        return count(count) + " " + (count == 1 ? singular : plural);
    }

    /**
     * Formats a percentage with two decimals, rounding down so that 99.998% never shows as 100%.
     *
     * @param value the percentage from 0 to 100
     * @return the text, e.g. {@code 99.99%}
     */
    public static String percent(final double value) {
        double floored = Math.floor(value * 100) / 100;
        String text = String.format(Locale.ROOT, "%.2f", floored);
        if (text.endsWith(".00")) {
            text = text.substring(0, text.length() - 3);
        } else if (text.endsWith("0")) {
            text = text.substring(0, text.length() - 1);
        }
        return text + "%";
    }

    /**
     * Joins at most {@code max} elements, adding "and N more" for the rest.
     *
     * @param elements the elements
     * @param max how many to show
     * @return the joined text
     */
    public static String list(final List<String> elements, final int max) {
        if (elements.size() <= max) {
            return String.join(", ", elements);
        }
        return String.join(", ", elements.subList(0, max)) + " and " + (elements.size() - max) + " more";
    }
}
