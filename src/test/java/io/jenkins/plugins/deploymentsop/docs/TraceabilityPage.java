package io.jenkins.plugins.deploymentsop.docs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of docs/sop-traceability.md the test checks: the mapping rows (a first cell of {@code file:line} sources)
 * and the summary table (a kind and a count).
 */
final class TraceabilityPage {
    private static final Pattern SOURCES = Pattern.compile("\\d{3}:\\d+(, \\d{3}:\\d+)*");
    private static final Pattern COUNT = Pattern.compile("\\d+");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** One mapping: the SOP items it covers, their text, what covers them, and the kind of coverage. */
    record Row(int line, List<String> sources, String item, String coveredBy, String kind) {
        /** Returns the names written in backticks in the "covered by" cell. */
        List<String> references() {
            List<String> names = new ArrayList<>();
            Matcher code = CODE.matcher(coveredBy);
            while (code.find()) {
                names.add(code.group(1));
            }
            return names;
        }
    }

    private final List<Row> rows;
    private final Map<String, Integer> summary;

    private TraceabilityPage(final List<Row> rows, final Map<String, Integer> summary) {
        this.rows = rows;
        this.summary = summary;
    }

    /**
     * Reads a page.
     *
     * @param markdown the page
     * @return its rows and summary counts
     */
    static TraceabilityPage parse(final String markdown) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> summary = new LinkedHashMap<>();
        List<String> lines = markdown.lines().toList();
        for (int index = 0; index < lines.size(); index++) {
            List<String> cells = cells(lines.get(index));
            if (cells.size() == 4 && SOURCES.matcher(cells.get(0)).matches()) {
                rows.add(new Row(
                        index + 1,
                        Arrays.asList(cells.get(0).split(", ")),
                        SopItem.normalize(cells.get(1)),
                        cells.get(2),
                        cells.get(3)));
            } else if (cells.size() == 3 && COUNT.matcher(cells.get(1)).matches()) {
                summary.put(cells.get(0), Integer.valueOf(cells.get(1)));
            }
        }
        return new TraceabilityPage(rows, summary);
    }

    // a table row: "| a | b | c |"; the page writes no '|' inside a cell
    private static List<String> cells(final String line) {
        String trimmed = line.strip();
        if (!trimmed.startsWith("|") || !trimmed.endsWith("|") || trimmed.length() < 2) {
            return List.of();
        }
        return Arrays.stream(trimmed.substring(1, trimmed.length() - 1).split("\\|"))
                .map(String::strip)
                .toList();
    }

    List<Row> rows() {
        return rows;
    }

    /** Returns the summary table: kind → number of items. */
    Map<String, Integer> summary() {
        return summary;
    }
}
