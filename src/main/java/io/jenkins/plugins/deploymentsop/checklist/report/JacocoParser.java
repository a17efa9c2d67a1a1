package io.jenkins.plugins.deploymentsop.checklist.report;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * JaCoCo XML: the {@code <counter>} elements directly under {@code <report>} are the report's totals, so everything
 * else is streamed past. A report without a BRANCH counter (code without branches) or without any counter (nothing
 * was measured) has no data for that metric; that is not an error.
 */
final class JacocoParser {
    static final String FORMAT = "JaCoCo";

    private JacocoParser() {}

    /**
     * Reads the report totals.
     *
     * @param reader the reader, positioned at the {@code <report>} start element
     * @param file the file name for messages
     * @return the totals
     */
    static CoverageSummary parse(final XMLStreamReader reader, final String file)
            throws XMLStreamException, ReportException {
        CoverageCounter line = CoverageCounter.NONE;
        CoverageCounter branch = CoverageCounter.NONE;
        int depth = 1;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2 && reader.getLocalName().equals("counter")) {
                    String type = XmlReports.attribute(reader, "type");
                    if (type.equals("LINE")) {
                        line = counter(reader, file);
                    } else if (type.equals("BRANCH")) {
                        branch = counter(reader, file);
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return CoverageSummary.of(line, branch, FORMAT);
    }

    private static CoverageCounter counter(final XMLStreamReader reader, final String file) throws ReportException {
        long missed = number(reader, file, "missed");
        long covered = number(reader, file, "covered");
        return new CoverageCounter(covered, covered + missed);
    }

    private static long number(final XMLStreamReader reader, final String file, final String name)
            throws ReportException {
        String value = XmlReports.attribute(reader, name);
        try {
            long number = Long.parseLong(value.strip());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException exception) {
            // reported below
        }
        throw XmlReports.at(file, reader, "the counter attribute " + name + "='" + value + "' is not a count");
    }
}
