package io.jenkins.plugins.deploymentsop.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown (GFM) table whose cells are escaped: a cell is either text, escaped by {@link MarkdownText#escape}, or
 * {@link MarkdownText.Markdown} made safe already. A missing value is a dash.
 */
final class MarkdownTable {
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(final String... columns) {
        this.columns = List.of(columns);
    }

    MarkdownTable row(@CheckForNull final Object... cells) {
        if (cells == null || cells.length != columns.size()) {
            throw new IllegalArgumentException("A row of this table has " + columns.size() + " cells");
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell instanceof MarkdownText.Markdown ? cell.toString() : MarkdownText.escape(cell));
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void writeTo(final StringBuilder out) {
        line(out, columns.stream().map(MarkdownText::escape).toList());
        line(out, columns.stream().map(column -> "---").toList());
        rows.forEach(row -> line(out, row));
        out.append('\n');
    }

    private static void line(final StringBuilder out, final List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
