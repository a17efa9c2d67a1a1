package io.jenkins.plugins.deploymentsop.checklist.report;

import io.jenkins.plugins.deploymentsop.util.UntrustedInput;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Shared helpers of the XML report parsers: readable errors with positions, lenient number attributes. */
final class XmlReports {
    private XmlReports() {}

    /**
     * Turns a StAX failure into a report error naming the file, line and column and the parser's complaint.
     *
     * @param file the file as the user knows it
     * @param exception the failure
     * @return the report error
     */
    static ReportException malformed(final String file, final XMLStreamException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof UntrustedInput.FileTooLargeException) {
                return new ReportException(file, "the file is too large: " + cause.getMessage());
            }
        }
        Throwable nested = exception.getNestedException();
        if (nested instanceof UntrustedInput.FileTooLargeException) {
            return new ReportException(file, "the file is too large: " + nested.getMessage());
        }
        Location location = exception.getLocation();
        String message = String.valueOf(exception.getMessage());
        int start = message.indexOf("Message: ");
        if (start >= 0) {
            message = message.substring(start + "Message: ".length());
        }
        return new ReportException(
                file,
                location == null ? 0 : Math.max(0, location.getLineNumber()),
                location == null ? 0 : Math.max(0, location.getColumnNumber()),
                "not well-formed XML: " + message.strip());
    }

    /**
     * Creates an error at the reader's current position.
     *
     * @param file the file
     * @param reader the reader
     * @param problem what is wrong
     * @return the report error
     */
    static ReportException at(final String file, final XMLStreamReader reader, final String problem) {
        Location location = reader.getLocation();
        return new ReportException(file, location.getLineNumber(), location.getColumnNumber(), problem);
    }

    /**
     * Reads a count attribute leniently: producers write {@code ""}, {@code "1.0"} or leave it out.
     *
     * @param reader the reader at a start element
     * @param name the attribute
     * @return the count, 0 if absent or not a number
     */
    static long count(final XMLStreamReader reader, final String name) {
        String value = reader.getAttributeValue(null, name);
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException exception) {
            try {
                double number = Double.parseDouble(value.strip());
                return Double.isFinite(number) ? Math.max(0, Math.round(number)) : 0;
            } catch (NumberFormatException notANumber) {
                return 0;
            }
        }
    }

    /**
     * Returns an attribute or an empty string.
     *
     * @param reader the reader at a start element
     * @param name the attribute
     * @return the value
     */
    static String attribute(final XMLStreamReader reader, final String name) {
        String value = reader.getAttributeValue(null, name);
        return value == null ? "" : value;
    }
}
