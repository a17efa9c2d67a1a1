package io.jenkins.plugins.deploymentsop.checklist.report;

import java.io.Serializable;
import java.util.Comparator;

/**
 * One vulnerability or security finding of a report.
 *
 * @param id the vulnerability or rule id, e.g. {@code CVE-2024-1234}
 * @param severity the normalized severity
 * @param score the CVSS or security-severity score, NaN if none
 * @param component the package and version, or the file and line
 * @param title a short description
 * @param file the report file it came from
 */
public record Finding(
        String id, VulnerabilitySeverity severity, double score, String component, String title, String file)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Worst first: by severity, then by score, then by id. */
    public static final Comparator<Finding> WORST_FIRST = Comparator.comparingInt(
                    (Finding finding) -> finding.severity().rank())
            .thenComparingDouble(finding -> Double.isNaN(finding.score()) ? -1 : finding.score())
            .reversed()
            .thenComparing(Finding::id)
            .thenComparing(Finding::component);

    /** Renders e.g. {@code CVE-2024-1234 (critical 9.8) in openssl@3.0.1: buffer overflow}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(id).append(" (").append(severity.displayName());
        if (!Double.isNaN(score)) {
            text.append(' ').append(score);
        }
        text.append(')');
        if (!component.isEmpty()) {
            text.append(" in ").append(component);
        }
        if (!title.isEmpty()) {
            text.append(": ").append(title);
        }
        return text.toString();
    }
}
