package io.jenkins.plugins.deploymentsop.checklist.check;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.Details;
import io.jenkins.plugins.deploymentsop.checklist.Texts;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import io.jenkins.plugins.deploymentsop.checklist.report.CoverageCounter;
import io.jenkins.plugins.deploymentsop.checklist.report.CoverageReportParser;
import io.jenkins.plugins.deploymentsop.checklist.report.CoverageSummary;
import io.jenkins.plugins.deploymentsop.checklist.report.ReportException;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Test coverage ≥ 80%": line coverage (and optionally branch coverage) of JaCoCo, Cobertura or LCOV reports,
 * summed over all matching files. Without line data the gate fails (nothing proves coverage); without branch data
 * the branch threshold does not apply (code without branches).
 */
public final class CoverageCheck extends AbstractCheck {
    private static final long serialVersionUID = 1L;
    static final String TYPE = "coverage";
    /** The SOP's threshold: "Test coverage >= 80%". */
    public static final Percentage DEFAULT_MINIMUM = Percentage.of(80);

    private final ArrayList<String> reports;
    private final Percentage minimum;

    @CheckForNull
    private final Percentage minimumBranch;

    /**
     * Creates the check.
     *
     * @param reports the report patterns
     * @param minimum the lowest line coverage
     * @param minimumBranch the lowest branch coverage, if any
     */
    public CoverageCheck(
            final List<String> reports, final Percentage minimum, final Optional<Percentage> minimumBranch) {
        this.reports = new ArrayList<>(reports);
        this.minimum = minimum;
        this.minimumBranch = minimumBranch.orElse(null);
    }

    static CoverageCheck read(final ItemFields fields) {
        List<String> reports = fields.strings("reports");
        if (reports.isEmpty()) {
            throw fields.missing("reports", "coverage report patterns, e.g. '**/jacoco.xml'");
        }
        return new CoverageCheck(
                reports, fields.percentage("minimum").orElse(DEFAULT_MINIMUM), fields.percentage("minimumBranch"));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected CheckOutcome run(final CheckContext context) throws IOException {
        List<Path> files = find(context, "reports", reports);
        CoverageSummary summary = CoverageSummary.EMPTY;
        for (Path file : files) {
            try {
                summary = summary.plus(
                        CoverageReportParser.parse(file, context.workspace().display(file)));
            } catch (ReportException exception) {
                return CheckOutcome.error(exception.getMessage());
            }
        }
        Details details = Details.builder()
                .count("linesCovered", summary.line().covered())
                .count("lines", summary.line().total())
                .count("branchesCovered", summary.branch().covered())
                .count("branches", summary.branch().total())
                .count("files", files.size())
                .build();
        String source = String.format(
                " (%s, %s)", String.join(" + ", summary.formats()), Texts.count(files.size(), "report", "reports"));
        if (!summary.line().hasData()) {
            return CheckOutcome.failed("No line coverage data in the reports" + source + ": nothing shows that "
                            + minimum + " of the lines are covered")
                    .withDetails(details);
        }
        List<String> problems = new ArrayList<>();
        String line = describe("line", summary.line(), minimum, problems);
        Percentage branchThreshold = minimumBranch;
        String branch;
        if (branchThreshold != null) {
            branch = ", " + describeBranch(summary.branch(), branchThreshold, problems);
        } else {
            branch = summary.branch().hasData()
                    ? ", branch " + Texts.percent(summary.branch().percentage())
                    : "";
        }
        String evidence = "Coverage: " + line + branch + source;
        if (!problems.isEmpty()) {
            return CheckOutcome.failed(evidence).withDetails(details);
        }
        return CheckOutcome.passed(evidence).withDetails(details);
    }

    private static String describeBranch(
            final CoverageCounter branch, final Percentage threshold, final List<String> problems) {
        if (!branch.hasData()) {
            return "branch: no branches in the reports (minimum " + threshold + " does not apply)";
        }
        return describe("branch", branch, threshold, problems);
    }

    private static String describe(
            final String name, final CoverageCounter counter, final Percentage threshold, final List<String> problems) {
        boolean below = counter.percentage() < threshold.doubleValue();
        if (below) {
            problems.add(name);
        }
        return String.format(
                "%s %s (%s of %s) %s %s",
                name,
                Texts.percent(counter.percentage()),
                Texts.count(counter.covered()),
                Texts.count(counter.total()),
                below ? "<" : ">=",
                threshold);
    }

    public Percentage minimum() {
        return minimum;
    }

    public Optional<Percentage> minimumBranch() {
        return Optional.ofNullable(minimumBranch);
    }
}
