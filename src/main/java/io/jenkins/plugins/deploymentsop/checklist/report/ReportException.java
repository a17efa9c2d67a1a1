package io.jenkins.plugins.deploymentsop.checklist.report;

/**
 * A report file that cannot be used: not well-formed, not of a supported format, too large. The message names the
 * file and, where known, the line and column.
 */
public class ReportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    /**
     * Creates the exception.
     *
     * @param file the file as the user knows it (workspace-relative)
     * @param line the line, 0 if unknown
     * @param column the column, 0 if unknown
     * @param problem what is wrong
     */
    public ReportException(final String file, final int line, final int column, final String problem) {
        super(file + (line > 0 ? " line " + line + (column > 0 ? ", column " + column : "") : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /**
     * Creates the exception without a position.
     *
     * @param file the file
     * @param problem what is wrong
     */
    public ReportException(final String file, final String problem) {
        this(file, 0, 0, problem);
    }

    public String getFile() {
        return file;
    }

    public int getLine() {
        return line;
    }

    public int getColumn() {
        return column;
    }
}
