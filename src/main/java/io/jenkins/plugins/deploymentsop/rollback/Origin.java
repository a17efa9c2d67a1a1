package io.jenkins.plugins.deploymentsop.rollback;

import java.io.Serializable;
import java.util.Objects;

/**
 * Where a rule or one of its fields was written: a rules file with line and column, the Pipeline, the global
 * configuration or the built-in defaults. Error messages name it, so a user finds the line to fix.
 */
public final class Origin implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String label;
    private final int line;
    private final int column;

    private Origin(final String label, final int line, final int column) {
        this.label = label;
        this.line = line;
        this.column = column;
    }

    /**
     * Creates an origin without a position, e.g. {@code Pipeline}.
     *
     * @param label the name of the source
     * @return the origin
     */
    public static Origin of(final String label) {
        return new Origin(label, 0, 0);
    }

    /**
     * Creates an origin in a file.
     *
     * @param label the file name
     * @param line the line, from 1
     * @param column the column, from 1
     * @return the origin
     */
    public static Origin at(final String label, final int line, final int column) {
        return new Origin(label, Math.max(0, line), Math.max(0, column));
    }

    public String label() {
        return label;
    }

    /** Returns the line from 1, or 0 when the source has no lines. */
    public int line() {
        return line;
    }

    /** Returns the column from 1, or 0 when the source has no lines. */
    public int column() {
        return column;
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof Origin)) {
            return false;
        }
        Origin other = (Origin) o;
        return label.equals(other.label) && line == other.line && column == other.column;
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, line, column);
    }

    /** Renders e.g. {@code rollback-rules.yaml, line 12, column 9} or {@code Pipeline}. */
    @Override
    public String toString() {
        if (line == 0) {
            return label;
        }
        return label + ", line " + line + ", column " + column;
    }
}
