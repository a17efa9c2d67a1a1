package io.jenkins.plugins.deploymentsop.docs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Compares the traceability page with the SOP items and with the code; every mismatch becomes one line. */
final class TraceabilityCheck {
    /** The kinds of coverage the page may name, as in its summary table. */
    static final Set<String> KINDS =
            Set.of("check", "check (add)", "step", "sign-off", "sign-off (add)", "report", "not covered");

    private static final String NOT_COVERED = "not covered";

    private TraceabilityCheck() {}

    /**
     * Finds the SOP items the page does not map exactly once, with their text, and the rows that map nothing.
     *
     * @param items the SOP items
     * @param page the page
     * @return one line per problem
     */
    static List<String> unmappedItems(final List<SopItem> items, final TraceabilityPage page) {
        Map<String, TraceabilityPage.Row> rowOfSource = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (TraceabilityPage.Row row : page.rows()) {
            for (String source : row.sources()) {
                if (rowOfSource.put(source, row) != null) {
                    problems.add(source + " has more than one row (line " + row.line() + ")");
                }
            }
        }
        for (SopItem item : items) {
            TraceabilityPage.Row row = rowOfSource.remove(item.source());
            if (row == null) {
                problems.add(item.source() + " '" + item.text() + "' has no row");
            } else if (!row.item().equals(item.text())) {
                problems.add(item.source() + " reads '" + item.text() + "', but its row (line " + row.line()
                        + ") says '" + row.item() + "'");
            }
        }
        rowOfSource.forEach(
                (source, row) -> problems.add(source + " (line " + row.line() + ") is no checklist item of the SOPs"));
        return problems;
    }

    /**
     * Finds rows without a known kind or without a mapping: covered rows must name something in the code, rows
     * that are not covered must say why.
     *
     * @param page the page
     * @return one line per problem
     */
    static List<String> incompleteRows(final TraceabilityPage page) {
        List<String> problems = new ArrayList<>();
        for (TraceabilityPage.Row row : page.rows()) {
            String at = "line " + row.line() + " (" + String.join(", ", row.sources()) + ")";
            if (!KINDS.contains(row.kind())) {
                problems.add(at + ": unknown kind '" + row.kind() + "', allowed: " + KINDS);
            } else if (row.kind().equals(NOT_COVERED) && row.coveredBy().isBlank()) {
                problems.add(at + ": says why nothing covers it");
            } else if (!row.kind().equals(NOT_COVERED)
                    && row.references().stream().allMatch(name -> name.startsWith("'"))) {
                problems.add(at + ": names nothing in the code that covers it");
            }
        }
        return problems;
    }

    /**
     * Finds summary counts that differ from the rows: each source of a row counts once, for the row's kind.
     *
     * @param page the page
     * @return one line per problem
     */
    static List<String> wrongCounts(final TraceabilityPage page) {
        Map<String, Integer> counted = new LinkedHashMap<>();
        page.rows().forEach(row -> counted.merge(row.kind(), row.sources().size(), Integer::sum));
        List<String> problems = new ArrayList<>();
        for (String kind : KINDS) {
            int written = page.summary().getOrDefault(kind, -1);
            int rows = counted.getOrDefault(kind, 0);
            if (written != rows) {
                problems.add("the summary counts " + written + " items of kind '" + kind + "', the rows " + rows);
            }
        }
        return problems;
    }

    /**
     * Finds the names in backticks of the "covered by" cells that name nothing in the code.
     *
     * @param page the page
     * @param code the names in the code
     * @return one line per problem
     * @throws IOException if a source cannot be read
     */
    static List<String> unknownNames(final TraceabilityPage page, final CodeNames code) throws IOException {
        List<String> problems = new ArrayList<>();
        for (TraceabilityPage.Row row : page.rows()) {
            for (String name : row.references()) {
                Optional<String> problem = code.problem(name);
                if (problem.isPresent()) {
                    problems.add("line " + row.line() + " (" + String.join(", ", row.sources()) + "): `" + name + "`: "
                            + problem.get());
                }
            }
        }
        return problems;
    }
}
