package io.jenkins.plugins.deploymentsop.checklist.check;

import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.Details;
import io.jenkins.plugins.deploymentsop.checklist.Texts;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import io.jenkins.plugins.deploymentsop.checklist.report.Finding;
import io.jenkins.plugins.deploymentsop.checklist.report.ReportException;
import io.jenkins.plugins.deploymentsop.checklist.report.VulnerabilityReportParser;
import io.jenkins.plugins.deploymentsop.checklist.report.VulnerabilitySeverity;
import io.jenkins.plugins.deploymentsop.checklist.report.VulnerabilitySummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "No high/critical security vulnerabilities": findings of SARIF, Trivy, Grype or Dependency-Check reports counted
 * by severity; any finding at or above {@code failAt} (high by default) fails the gate. Findings of unknown severity
 * fail it only with {@code failOnUnknown}; ids in {@code ignore} are accepted risks.
 */
public final class VulnerabilitiesCheck extends AbstractCheck {
    private static final long serialVersionUID = 1L;
    static final String TYPE = "vulnerabilities";
    private static final int WORST_IN_EVIDENCE = 3;

    private final ArrayList<String> reports;
    private final VulnerabilitySeverity failAt;
    private final boolean failOnUnknown;
    private final LinkedHashSet<String> ignore;

    /**
     * Creates the check.
     *
     * @param reports the report patterns
     * @param failAt the lowest severity that fails the gate
     * @param failOnUnknown whether findings without a severity fail it too
     * @param ignore accepted finding ids
     */
    public VulnerabilitiesCheck(
            final List<String> reports,
            final VulnerabilitySeverity failAt,
            final boolean failOnUnknown,
            final List<String> ignore) {
        this.reports = new ArrayList<>(reports);
        this.failAt = failAt;
        this.failOnUnknown = failOnUnknown;
        this.ignore = new LinkedHashSet<>(ignore);
    }

    static VulnerabilitiesCheck read(final ItemFields fields) {
        List<String> reports = fields.strings("reports");
        if (reports.isEmpty()) {
            throw fields.missing("reports", "scanner report patterns, e.g. '**/trivy.json'");
        }
        return new VulnerabilitiesCheck(
                reports,
                fields.parsed("failAt", VulnerabilitySeverity::valueOf).orElse(VulnerabilitySeverity.HIGH),
                fields.bool("failOnUnknown").orElse(false),
                fields.strings("ignore"));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected CheckOutcome run(final CheckContext context) throws IOException {
        List<Path> files = find(context, "reports", reports);
        VulnerabilitySummary.Builder builder = VulnerabilitySummary.builder(ignore);
        for (Path file : files) {
            try {
                VulnerabilityReportParser.parse(file, context.workspace().display(file), builder);
            } catch (ReportException exception) {
                return CheckOutcome.error(exception.getMessage());
            }
        }
        VulnerabilitySummary summary = builder.build();
        long blocking =
                summary.countAtLeast(failAt) + (failOnUnknown ? summary.count(VulnerabilitySeverity.UNKNOWN) : 0);
        String counts = counts(summary, files.size());
        Details details = details(summary);
        if (blocking > 0) {
            List<String> worst = summary.worst().stream()
                    .filter(this::blocks)
                    .limit(WORST_IN_EVIDENCE)
                    .map(Finding::toString)
                    .collect(Collectors.toList());
            return CheckOutcome.failed(String.format(
                            "%s at or above %s%s: %s; %s",
                            Texts.count(blocking, "finding", "findings"),
                            failAt.displayName(),
                            failOnUnknown ? " or of unknown severity" : "",
                            counts,
                            String.join("; ", worst)))
                    .withDetails(details);
        }
        return CheckOutcome.passed(String.format("No finding at or above %s: %s", failAt.displayName(), counts))
                .withDetails(details);
    }

    private boolean blocks(final Finding finding) {
        return finding.severity().isAtLeast(failAt)
                || (failOnUnknown && finding.severity() == VulnerabilitySeverity.UNKNOWN);
    }

    private static String counts(final VulnerabilitySummary summary, final int files) {
        List<String> parts = new ArrayList<>();
        for (VulnerabilitySeverity severity : severitiesWorstFirst()) {
            if (summary.count(severity) > 0) {
                parts.add(Texts.count(summary.count(severity)) + " " + severity.displayName());
            }
        }
        String text = (parts.isEmpty() ? "no findings" : String.join(", ", parts)) + " in "
                + Texts.count(files, "report", "reports");
        if (!summary.tools().isEmpty()) {
            text += " (" + String.join(", ", summary.tools()) + ")";
        }
        if (summary.suppressed() > 0) {
            text += ", " + Texts.count(summary.suppressed()) + " suppressed by the scanner";
        }
        if (summary.ignored() > 0) {
            text += ", " + Texts.count(summary.ignored()) + " ignored by this item";
        }
        return text;
    }

    private static List<VulnerabilitySeverity> severitiesWorstFirst() {
        return List.of(
                VulnerabilitySeverity.CRITICAL,
                VulnerabilitySeverity.HIGH,
                VulnerabilitySeverity.MEDIUM,
                VulnerabilitySeverity.LOW,
                VulnerabilitySeverity.NEGLIGIBLE,
                VulnerabilitySeverity.UNKNOWN);
    }

    private static Details details(final VulnerabilitySummary summary) {
        Details.Builder details = Details.builder();
        for (VulnerabilitySeverity severity : severitiesWorstFirst()) {
            details.count(severity.displayName(), summary.count(severity));
        }
        return details.count("suppressed", summary.suppressed())
                .count("ignored", summary.ignored())
                .failures(summary.worst().stream()
                        .map(finding -> finding + " (" + finding.file() + ")")
                        .collect(Collectors.toList()))
                .build();
    }

    public VulnerabilitySeverity failAt() {
        return failAt;
    }
}
