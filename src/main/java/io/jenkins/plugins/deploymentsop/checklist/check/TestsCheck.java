package io.jenkins.plugins.deploymentsop.checklist.check;

import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.Details;
import io.jenkins.plugins.deploymentsop.checklist.Texts;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import io.jenkins.plugins.deploymentsop.checklist.report.JUnitReportParser;
import io.jenkins.plugins.deploymentsop.checklist.report.ReportException;
import io.jenkins.plugins.deploymentsop.checklist.report.TestFailure;
import io.jenkins.plugins.deploymentsop.checklist.report.TestSummary;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "All tests pass": JUnit XML files found by pattern, pass rate (passed / executed, skipped tests excluded, flaky
 * tests counted as passed) at least the minimum (100% by default, as the SOP asks).
 */
public final class TestsCheck extends AbstractCheck {
    private static final long serialVersionUID = 1L;
    static final String TYPE = "tests";
    private static final int FAILURES_IN_EVIDENCE = 3;

    private final ArrayList<String> results;
    private final Percentage minimumPassRate;

    /**
     * Creates the check.
     *
     * @param results the report patterns, relative to the workspace
     * @param minimumPassRate the lowest acceptable pass rate
     */
    public TestsCheck(final List<String> results, final Percentage minimumPassRate) {
        this.results = new ArrayList<>(results);
        this.minimumPassRate = minimumPassRate;
    }

    static TestsCheck read(final ItemFields fields) {
        List<String> results = fields.strings("results");
        if (results.isEmpty()) {
            throw fields.missing("results", "JUnit XML report patterns, e.g. '**/surefire-reports/TEST-*.xml'");
        }
        return new TestsCheck(results, fields.percentage("minimumPassRate").orElse(Percentage.HUNDRED));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected CheckOutcome run(final CheckContext context) throws IOException {
        List<Path> files = find(context, "results", results);
        TestSummary.Builder builder = TestSummary.builder();
        for (Path file : files) {
            try {
                JUnitReportParser.parse(file, context.workspace().display(file), builder);
            } catch (ReportException exception) {
                return CheckOutcome.error(exception.getMessage());
            }
        }
        TestSummary summary = builder.build();
        Details details = details(summary);
        if (summary.executed() == 0) {
            return CheckOutcome.failed(String.format(
                            "No test was executed: %s in %s (%s skipped)",
                            Texts.count(summary.total(), "test case", "test cases"),
                            Texts.count(files.size(), "file", "files"),
                            Texts.count(summary.skipped())))
                    .withDetails(details);
        }
        double passRate = 100.0 * summary.passed() / summary.executed();
        String counts = counts(summary, files.size());
        if (passRate < minimumPassRate.doubleValue()) {
            return CheckOutcome.failed(String.format(
                            "%s; pass rate %s < %s required; first failures: %s",
                            counts, Texts.percent(passRate), minimumPassRate, firstFailures(summary)))
                    .withDetails(details);
        }
        return CheckOutcome.passed(String.format(
                        "%s; pass rate %s (>= %s required)", counts, Texts.percent(passRate), minimumPassRate))
                .withDetails(details);
    }

    private static String counts(final TestSummary summary, final int files) {
        StringBuilder text = new StringBuilder()
                .append(Texts.count(summary.total(), "test", "tests"))
                .append(" in ")
                .append(Texts.count(files, "file", "files"))
                .append(": ")
                .append(Texts.count(summary.passed()))
                .append(" passed");
        if (summary.flaky() > 0) {
            text.append(" (").append(Texts.count(summary.flaky())).append(" flaky)");
        }
        text.append(", ").append(Texts.count(summary.failed())).append(" failed");
        if (summary.errors() > 0) {
            text.append(" (").append(Texts.count(summary.errors())).append(" with errors)");
        }
        return text.append(", ")
                .append(Texts.count(summary.skipped()))
                .append(" skipped")
                .toString();
    }

    private static String firstFailures(final TestSummary summary) {
        List<String> names =
                summary.firstFailures().stream().map(TestFailure::name).collect(Collectors.toList());
        return Texts.list(names.subList(0, Math.min(names.size(), FAILURES_IN_EVIDENCE)), FAILURES_IN_EVIDENCE)
                + (summary.failed() > FAILURES_IN_EVIDENCE
                        ? " and " + Texts.count(summary.failed() - FAILURES_IN_EVIDENCE) + " more"
                        : "");
    }

    private static Details details(final TestSummary summary) {
        return Details.builder()
                .count("total", summary.total())
                .count("passed", summary.passed())
                .count("flaky", summary.flaky())
                .count("failures", summary.failures())
                .count("errors", summary.errors())
                .count("skipped", summary.skipped())
                .count("files", summary.files())
                .failures(summary.firstFailures().stream()
                        .map(failure -> failure + " (" + failure.file() + ")")
                        .collect(Collectors.toList()))
                .build();
    }

    public List<String> results() {
        return List.copyOf(results);
    }

    public Percentage minimumPassRate() {
        return minimumPassRate;
    }
}
