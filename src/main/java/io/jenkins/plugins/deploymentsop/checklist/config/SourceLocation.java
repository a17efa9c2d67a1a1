package io.jenkins.plugins.deploymentsop.checklist.config;

/**
 * Where a configuration value was written: a file with line and column, or a Pipeline item without either.
 *
 * @param source the file (workspace-relative) or e.g. {@code Pipeline items[2]}
 * @param line the line, from 1; 0 if unknown
 * @param column the column, from 1; 0 if unknown
 */
public record SourceLocation(String source, int line, int column) {
    /**
     * Creates a location without line and column.
     *
     * @param source the source
     * @return the location
     */
    public static SourceLocation of(final String source) {
        return new SourceLocation(source, 0, 0);
    }

    /** Renders e.g. {@code deploy/checklist.yaml line 12, column 5}. */
    @Override
    public String toString() {
        if (line <= 0) {
            return source;
        }
        return source + " line " + line + (column > 0 ? ", column " + column : "");
    }
}
