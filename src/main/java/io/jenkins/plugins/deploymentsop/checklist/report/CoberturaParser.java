package io.jenkins.plugins.deploymentsop.checklist.report;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Cobertura XML (Cobertura, coverage.py, gcovr, Istanbul, coverlet and others). The root's
 * {@code lines-covered/lines-valid} and {@code branches-covered/branches-valid} are the totals; when a producer
 * omits them (Cobertura 1.9) the class-level {@code <line>} elements are counted instead. Rates are never used as
 * numbers: producers write {@code NaN} when nothing was measured, which means "unknown", not 0%.
 */
final class CoberturaParser {
    static final String FORMAT = "Cobertura";
    private static final Pattern CONDITIONS = Pattern.compile("\\((\\d+)/(\\d+)\\)");

    private CoberturaParser() {}

    static boolean isCobertura(final XMLStreamReader reader) {
        return reader.getAttributeValue(null, "line-rate") != null
                || reader.getAttributeValue(null, "lines-valid") != null;
    }

    /**
     * Reads the totals.
     *
     * @param reader the reader, positioned at the {@code <coverage>} start element
     * @param file the file name for messages
     * @return the totals
     */
    static CoverageSummary parse(final XMLStreamReader reader, final String file) throws XMLStreamException {
        OptionalLong linesCovered = count(reader, "lines-covered");
        OptionalLong linesValid = count(reader, "lines-valid");
        OptionalLong branchesCovered = count(reader, "branches-covered");
        OptionalLong branchesValid = count(reader, "branches-valid");

        long lines = 0;
        long coveredLines = 0;
        long conditions = 0;
        long coveredConditions = 0;
        int depth = 1;
        int classDepth = -1;
        boolean inClassLines = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = reader.getLocalName();
                if (name.equals("class")) {
                    classDepth = depth;
                } else if (name.equals("lines") && depth == classDepth + 1) {
                    inClassLines = true;
                } else if (name.equals("line") && inClassLines && depth == classDepth + 2) {
                    // lines also appear under <method>; only the class-level list counts, once per line
                    lines++;
                    if (XmlReports.count(reader, "hits") > 0) {
                        coveredLines++;
                    }
                    Matcher matcher = CONDITIONS.matcher(XmlReports.attribute(reader, "condition-coverage"));
                    if (matcher.find()) {
                        coveredConditions += Long.parseLong(matcher.group(1));
                        conditions += Long.parseLong(matcher.group(2));
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = reader.getLocalName();
                if (name.equals("lines") && depth == classDepth + 1) {
                    inClassLines = false;
                } else if (name.equals("class") && depth == classDepth) {
                    classDepth = -1;
                }
                depth--;
            }
        }
        CoverageCounter line = totals(linesCovered, linesValid, coveredLines, lines);
        CoverageCounter branch = totals(branchesCovered, branchesValid, coveredConditions, conditions);
        return CoverageSummary.of(line, branch, FORMAT);
    }

    private static CoverageCounter totals(
            final OptionalLong reportedCovered,
            final OptionalLong reportedTotal,
            final long countedCovered,
            final long countedTotal) {
        if (reportedCovered.isPresent()
                && reportedTotal.isPresent()
                && reportedTotal.getAsLong() > 0
                && reportedCovered.getAsLong() <= reportedTotal.getAsLong()) {
            return new CoverageCounter(reportedCovered.getAsLong(), reportedTotal.getAsLong());
        }
        return new CoverageCounter(Math.min(countedCovered, countedTotal), countedTotal);
    }

    private static OptionalLong count(final XMLStreamReader reader, final String name) {
        String value = reader.getAttributeValue(null, name);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            long number = Long.parseLong(value.strip());
            return number >= 0 ? OptionalLong.of(number) : OptionalLong.empty();
        } catch (NumberFormatException exception) {
            return OptionalLong.empty();
        }
    }
}
