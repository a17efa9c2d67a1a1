package io.jenkins.plugins.deploymentsop.checklist.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.util.SecureXml;
import io.jenkins.plugins.deploymentsop.util.UntrustedInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams one JUnit XML file into a {@link TestSummary.Builder}. Written for what real producers emit (Surefire,
 * Gradle, pytest, jest-junit, go-junit-report, cargo2junit and nextest, PHPUnit, .NET loggers, ScalaTest, TAP
 * converters) rather than for the schema:
 *
 * <ul>
 *   <li>{@code <testcase>} elements are counted; suite attributes such as {@code tests} are ignored because
 *       producers get them wrong;
 *   <li>a suite that reports failures or errors (attribute or child element) but holds no test case counts as one
 *       failed test, e.g. a module that did not compile or a test file that could not be loaded;
 *   <li>{@code flakyFailure}/{@code flakyError}/{@code rerunFailure}/{@code rerunError} without a final
 *       {@code failure}/{@code error} mean the test passed on a rerun: a flaky pass;
 *   <li>a BOM, comments or a DOCTYPE may precede the root; a document that is not well-formed is an error naming
 *       file and position, never an empty result.
 * </ul>
 */
public final class JUnitReportParser {
    private static final int MAX_MESSAGE = 300;

    private final String file;
    private final TestSummary.Builder summary;
    private final Deque<Suite> suites = new ArrayDeque<>();

    @CheckForNull
    private TestCase testCase;

    private int caseDepth;

    @CheckForNull
    private StringBuilder text;

    private int textDepth;

    private JUnitReportParser(final String file, final TestSummary.Builder summary) {
        this.file = file;
        this.summary = summary;
    }

    /**
     * Parses a file.
     *
     * @param path the file
     * @param file how to name it in messages (workspace-relative)
     * @param summary where the counts go
     * @throws ReportException if the file is not a well-formed JUnit XML report
     * @throws IOException if the file cannot be read
     */
    public static void parse(final Path path, final String file, final TestSummary.Builder summary)
            throws ReportException, IOException {
        try (InputStream input = UntrustedInput.open(path)) {
            parse(input, file, summary);
        }
    }

    /**
     * Parses a stream (the caller closes it).
     *
     * @param input the document
     * @param file how to name it in messages
     * @param summary where the counts go
     * @throws ReportException if the document is not a well-formed JUnit XML report
     */
    public static void parse(final InputStream input, final String file, final TestSummary.Builder summary)
            throws ReportException {
        new JUnitReportParser(file, summary).read(input);
    }

    private void read(final InputStream input) throws ReportException {
        try {
            XMLStreamReader reader = SecureXml.newReader(input);
            try {
                readRoot(reader);
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        start(reader);
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        end(reader.getLocalName());
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        appendText(reader);
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException exception) {
            throw XmlReports.malformed(file, exception);
        }
        summary.file();
    }

    private void appendText(final XMLStreamReader reader) {
        StringBuilder collected = text;
        if (collected != null && collected.length() < MAX_MESSAGE * 4) {
            collected.append(reader.getText());
        }
    }

    private void readRoot(final XMLStreamReader reader) throws XMLStreamException, ReportException {
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                String root = reader.getLocalName();
                if (!root.equals("testsuites") && !root.equals("testsuite")) {
                    throw XmlReports.at(
                            file,
                            reader,
                            "not a JUnit XML report: the root element is <" + root
                                    + ">, expected <testsuites> or <testsuite>");
                }
                start(reader);
                return;
            }
        }
        throw new ReportException(file, "not a JUnit XML report: the document has no root element");
    }

    private void start(final XMLStreamReader reader) {
        String name = reader.getLocalName();
        TestCase current = testCase;
        if (current != null) {
            if (caseDepth == 0) {
                outcome(reader, name, current);
            }
            caseDepth++;
        } else if (name.equals("testsuite") || name.equals("testsuites")) {
            suites.push(new Suite(
                    XmlReports.attribute(reader, "name"),
                    XmlReports.count(reader, "failures") + XmlReports.count(reader, "errors")));
        } else if (name.equals("testcase")) {
            testCase = new TestCase(XmlReports.attribute(reader, "classname"), XmlReports.attribute(reader, "name"));
            caseDepth = 0;
        } else if ((name.equals("failure") || name.equals("error")) && !suites.isEmpty()) {
            Suite suite = suites.peek();
            suite.ownFailure = true;
            if (suite.message.isEmpty()) {
                suite.message = firstLine(XmlReports.attribute(reader, "message"));
            }
        }
    }

    private void outcome(final XMLStreamReader reader, final String name, final TestCase testCase) {
        switch (name) {
            case "failure":
            case "error":
                if (name.equals("error")) {
                    testCase.error = true;
                } else {
                    testCase.failure = true;
                }
                if (testCase.message.isEmpty()) {
                    testCase.message = firstLine(XmlReports.attribute(reader, "message"));
                    if (testCase.message.isEmpty() && summary.wantsMoreFailures()) {
                        // jest-junit and others put the message only into the element's text
                        text = new StringBuilder();
                        textDepth = caseDepth + 1;
                    }
                }
                break;
            case "skipped":
                testCase.skipped = true;
                break;
            case "flakyFailure":
            case "flakyError":
            case "rerunFailure":
            case "rerunError":
                testCase.flaky = true;
                break;
            default:
                break;
        }
    }

    private void end(final String name) {
        TestCase current = testCase;
        if (current != null) {
            if (caseDepth == 0) {
                testCase = null;
                finishTestCase(current);
            } else {
                StringBuilder collected = text;
                if (collected != null && caseDepth == textDepth) {
                    current.message = firstLine(collected.toString());
                    text = null;
                }
                caseDepth--;
            }
        } else if ((name.equals("testsuite") || name.equals("testsuites")) && !suites.isEmpty()) {
            finishSuite(suites.pop());
        }
    }

    private void finishTestCase(final TestCase finished) {
        if (finished.failure || finished.error) {
            summary.failed(
                    finished.error && !finished.failure, new TestFailure(file, finished.name(), finished.message));
        } else if (finished.skipped) {
            summary.skipped();
        } else {
            summary.passed(finished.flaky);
        }
        if (!suites.isEmpty()) {
            suites.peek().cases++;
        }
    }

    private void finishSuite(final Suite suite) {
        long cases = suite.cases;
        if (cases == 0 && (suite.reportedFailures > 0 || suite.ownFailure)) {
            String message = suite.message.isEmpty()
                    ? "the suite reports " + Math.max(1, suite.reportedFailures)
                            + " failure(s) or error(s) but contains no test case"
                    : suite.message;
            summary.failed(true, new TestFailure(file, "suite " + suite.displayName(), message));
            cases = 1;
        }
        if (!suites.isEmpty()) {
            suites.peek().cases += cases;
        }
    }

    private static String firstLine(final String message) {
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        String line = newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 1) + "…";
    }

    /** A {@code <testsuite>} (or {@code <testsuites>}) being read. */
    private static final class Suite {
        private final String name;
        private final long reportedFailures;
        private boolean ownFailure;
        private String message = "";
        private long cases;

        Suite(final String name, final long reportedFailures) {
            this.name = name;
            this.reportedFailures = reportedFailures;
        }

        String displayName() {
            return name.isEmpty() ? "(unnamed)" : name;
        }
    }

    /** A {@code <testcase>} being read. */
    private static final class TestCase {
        private final String className;
        private final String testName;
        private boolean failure;
        private boolean error;
        private boolean skipped;
        private boolean flaky;
        private String message = "";

        TestCase(final String className, final String testName) {
            this.className = className;
            this.testName = testName;
        }

        String name() {
            if (className.isEmpty() || testName.startsWith(className)) {
                return testName.isEmpty() ? className : testName;
            }
            return className + "." + testName;
        }
    }
}
