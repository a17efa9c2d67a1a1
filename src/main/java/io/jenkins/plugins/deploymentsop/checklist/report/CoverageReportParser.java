package io.jenkins.plugins.deploymentsop.checklist.report;

import io.jenkins.plugins.deploymentsop.util.SecureXml;
import io.jenkins.plugins.deploymentsop.util.UntrustedInput;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a coverage report of any supported format, detected by content rather than by file name: JaCoCo XML (root
 * {@code <report>}), Cobertura XML (root {@code <coverage>} with line rates or counts) or LCOV tracefiles.
 */
public final class CoverageReportParser {
    private static final int SNIFF_BYTES = 4096;

    private CoverageReportParser() {}

    /**
     * Parses a report file.
     *
     * @param path the file
     * @param file how to name it in messages
     * @return its line and branch coverage
     * @throws ReportException if the file is not a well-formed report of a supported format
     * @throws IOException if the file cannot be read
     */
    public static CoverageSummary parse(final Path path, final String file) throws ReportException, IOException {
        try (InputStream raw = UntrustedInput.open(path);
                BufferedInputStream input = new BufferedInputStream(raw, 64 * 1024)) {
            input.mark(SNIFF_BYTES);
            String head = new String(input.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
            input.reset();
            String start = head.replace("\uFEFF", "").stripLeading();
            if (start.isEmpty()) {
                throw new ReportException(file, "the file is empty");
            }
            if (start.startsWith("<")) {
                return parseXml(input, file);
            }
            if (LcovParser.looksLikeLcov(start)) {
                return LcovParser.parse(input, file);
            }
            throw new ReportException(
                    file, "not a coverage report: expected JaCoCo XML, Cobertura XML or an LCOV tracefile");
        }
    }

    private static CoverageSummary parseXml(final InputStream input, final String file) throws ReportException {
        try {
            XMLStreamReader reader = SecureXml.newReader(input);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        return parseRoot(reader, file);
                    }
                }
                throw new ReportException(file, "not a coverage report: the document has no root element");
            } finally {
                reader.close();
            }
        } catch (XMLStreamException exception) {
            throw XmlReports.malformed(file, exception);
        }
    }

    private static CoverageSummary parseRoot(final XMLStreamReader reader, final String file)
            throws XMLStreamException, ReportException {
        String root = reader.getLocalName();
        if (root.equals("report")) {
            return JacocoParser.parse(reader, file);
        }
        if (root.equals("coverage")) {
            if (CoberturaParser.isCobertura(reader)) {
                return CoberturaParser.parse(reader, file);
            }
            throw XmlReports.at(
                    file,
                    reader,
                    "unsupported coverage format: <coverage> without Cobertura's line-rate (Clover XML is not"
                            + " supported; convert it to Cobertura or JaCoCo)");
        }
        throw XmlReports.at(
                file,
                reader,
                "not a coverage report: the root element is <" + root + ">, expected JaCoCo <report> or Cobertura"
                        + " <coverage>");
    }
}
