package io.jenkins.plugins.deploymentsop.checklist.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a release's entry in a Markdown changelog: a heading of level 1 to 3 naming the version, as Keep a
 * Changelog ({@code ## [1.4.0] - 2026-03-02}), conventional-changelog ({@code ## [1.4.0](https://…) (2026-03-02)},
 * {@code ### [1.4.1]} for patches) and hand-written files ({@code ## 1.4.0}, {@code ## v1.4.0 - date},
 * {@code ## Version 1.4.0}) write it. {@code 1.4.0} does not match {@code 1.4.0-rc1} or {@code 11.4.0}; headings
 * inside fenced code blocks do not count.
 */
final class ChangelogScanner {
    private static final Pattern HEADING = Pattern.compile("^(#{1,3})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern VERSION_HEADING =
            Pattern.compile("^(?:(?:version|release)\\s+)?\\[?v?\\d+\\.\\d+.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_DEFINITION = Pattern.compile("^\\s*\\[[^\\]]+\\]:\\s*\\S+.*$");

    private ChangelogScanner() {}

    /**
     * An entry found.
     *
     * @param line its heading's line, from 1
     * @param heading the heading as written
     * @param contentLines how many lines of changes follow (sub-headings and blank lines not counted)
     */
    record Entry(int line, String heading, int contentLines) {}

    /**
     * Finds the entry of a version.
     *
     * @param lines the changelog
     * @param version the version, with or without a leading {@code v}
     * @return the entry
     */
    static Optional<Entry> find(final List<String> lines, final String version) {
        String bare = version.strip().replaceFirst("^[vV]", "");
        Pattern wanted = Pattern.compile(
                "^(?:(?:version|release)\\s+)?\\[?v?" + Pattern.quote(bare) + "(?![\\w.+-])", Pattern.CASE_INSENSITIVE);
        return firstHeading(lines, title -> wanted.matcher(title).find());
    }

    /**
     * Finds the first heading that names any version, to show what the changelog's latest entry is.
     *
     * @param lines the changelog
     * @return the entry
     */
    static Optional<Entry> latest(final List<String> lines) {
        return firstHeading(lines, title -> VERSION_HEADING.matcher(title).matches());
    }

    // the first heading outside fenced code whose title (without the #s) passes the test
    private static Optional<Entry> firstHeading(final List<String> lines, final Predicate<String> title) {
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isFence(line)) {
                fenced = !fenced;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (!fenced && heading.matches() && title.test(heading.group(2))) {
                return Optional.of(new Entry(
                        i + 1, line.strip(), content(lines, i, heading.group(1).length())));
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether the changelog has an "Unreleased" section, where changes wait before a release is cut.
     *
     * @param lines the changelog
     * @return {@code true} if there is one
     */
    static boolean hasUnreleased(final List<String> lines) {
        for (String line : lines) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches() && heading.group(2).toLowerCase(Locale.ROOT).startsWith("[unreleased]")) {
                return true;
            }
        }
        return false;
    }

    private static int content(final List<String> lines, final int headingIndex, final int level) {
        int count = 0;
        boolean fenced = false;
        boolean comment = false;
        for (int i = headingIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isFence(line)) {
                fenced = !fenced;
                count++;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (!fenced && heading.matches()) {
                if (heading.group(1).length() <= level) {
                    break;
                }
                continue;
            }
            String trimmed = line.strip();
            if (trimmed.startsWith("<!--")) {
                comment = !trimmed.endsWith("-->");
                continue;
            }
            if (comment) {
                comment = !trimmed.endsWith("-->");
                continue;
            }
            if (!trimmed.isEmpty() && !LINK_DEFINITION.matcher(line).matches()) {
                count++;
            }
        }
        return count;
    }

    private static boolean isFence(final String line) {
        String trimmed = line.stripLeading();
        return trimmed.startsWith("```") || trimmed.startsWith("~~~");
    }
}
