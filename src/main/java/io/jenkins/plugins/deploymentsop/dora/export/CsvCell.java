package io.jenkins.plugins.deploymentsop.dora.export;

/**
 * One CSV cell (RFC 4180): quoted when it contains a comma, quote, line break or edge spaces, with quotes doubled.
 * A cell starting with {@code = + - @}, tab or carriage return is prefixed with an apostrophe first, so a spreadsheet
 * shows it as text instead of running it as a formula (service names and incident ids come from users).
 */
public final class CsvCell {
    private CsvCell() {}

    /**
     * Renders a cell.
     *
     * @param value the raw value
     * @return the cell text, ready to be joined with commas
     */
    public static String of(final String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || !text.equals(text.strip());
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
