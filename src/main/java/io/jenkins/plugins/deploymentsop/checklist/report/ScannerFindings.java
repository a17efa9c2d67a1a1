package io.jenkins.plugins.deploymentsop.checklist.report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Maps the elements of Trivy, Grype and OWASP Dependency-Check reports onto findings. Each takes the severity
 * word if it is known and falls back to CVSS scores, because every generation of these formats leaves some
 * severities out or writes them in another case.
 */
final class ScannerFindings {
    private ScannerFindings() {}

    /**
     * One element of Trivy's {@code Results} (schema 2) or of the top-level array (before schema 2): a target with
     * its vulnerabilities, failed misconfigurations and secrets.
     */
    static void trivyResult(final JsonNode result, final String file, final VulnerabilitySummary.Builder summary) {
        String target = JsonFields.text(result, "Target");
        for (JsonNode vulnerability : result.path("Vulnerabilities")) {
            double score = maxCvss(vulnerability.path("CVSS"), "V3Score", "V2Score");
            String title = JsonFields.text(vulnerability, "Title");
            summary.add(new Finding(
                    JsonFields.text(vulnerability, "VulnerabilityID"),
                    JsonFields.severity(JsonFields.text(vulnerability, "Severity"), JsonFields.scoreText(score)),
                    score,
                    JsonFields.component(
                            JsonFields.text(vulnerability, "PkgName"),
                            JsonFields.text(vulnerability, "InstalledVersion")),
                    JsonFields.title(title.isEmpty() ? JsonFields.text(vulnerability, "Description") : title),
                    file));
        }
        for (JsonNode misconfiguration : result.path("Misconfigurations")) {
            String status = JsonFields.text(misconfiguration, "Status");
            if (!status.isEmpty() && !status.equals("FAIL")) {
                continue;
            }
            String id = JsonFields.text(misconfiguration, "AVDID");
            summary.add(new Finding(
                    id.isEmpty() ? JsonFields.text(misconfiguration, "ID") : id,
                    JsonFields.severity(JsonFields.text(misconfiguration, "Severity")),
                    Double.NaN,
                    target,
                    JsonFields.title(JsonFields.text(misconfiguration, "Title")),
                    file));
        }
        for (JsonNode secret : result.path("Secrets")) {
            String line = JsonFields.text(secret, "StartLine");
            summary.add(new Finding(
                    JsonFields.text(secret, "RuleID"),
                    JsonFields.severity(JsonFields.text(secret, "Severity")),
                    Double.NaN,
                    line.isEmpty() ? target : target + ":" + line,
                    JsonFields.title(JsonFields.text(secret, "Title")),
                    file));
        }
    }

    /** One element of Grype's {@code matches}. */
    static void grypeMatch(final JsonNode match, final String file, final VulnerabilitySummary.Builder summary) {
        JsonNode vulnerability = match.path("vulnerability");
        double score = maxBaseScore(vulnerability.path("cvss"));
        String related = "";
        for (JsonNode other : match.path("relatedVulnerabilities")) {
            if (Double.isNaN(score)) {
                score = maxBaseScore(other.path("cvss"));
            }
            if (related.isEmpty()) {
                related = JsonFields.text(other, "severity");
            }
        }
        String description = JsonFields.text(vulnerability, "description");
        if (description.isEmpty()) {
            description = JsonFields.text(match.path("relatedVulnerabilities").path(0), "description");
        }
        JsonNode artifact = match.path("artifact");
        summary.add(new Finding(
                JsonFields.text(vulnerability, "id"),
                JsonFields.severity(JsonFields.text(vulnerability, "severity"), JsonFields.scoreText(score), related),
                score,
                JsonFields.component(JsonFields.text(artifact, "name"), JsonFields.text(artifact, "version")),
                JsonFields.title(description),
                file));
    }

    /** One element of Dependency-Check's {@code dependencies}: a file with its vulnerabilities. */
    static void dependencyCheck(
            final JsonNode dependency, final String file, final VulnerabilitySummary.Builder summary) {
        String component = JsonFields.text(dependency.path("packages").path(0), "id");
        if (component.isEmpty()) {
            component = JsonFields.text(dependency, "fileName");
        }
        for (JsonNode vulnerability : dependency.path("vulnerabilities")) {
            JsonNode v3 = vulnerability.path("cvssv3");
            JsonNode v2 = vulnerability.path("cvssv2");
            double score = JsonFields.number(v3.path("baseScore"));
            if (Double.isNaN(score)) {
                score = JsonFields.number(v2.path("score"));
            }
            if (Double.isNaN(score)) {
                score = JsonFields.number(vulnerability.path("cvssScore"));
            }
            summary.add(new Finding(
                    JsonFields.text(vulnerability, "name"),
                    JsonFields.severity(
                            JsonFields.text(vulnerability, "severity"),
                            JsonFields.text(v3, "baseSeverity"),
                            JsonFields.text(v2, "severity"),
                            JsonFields.scoreText(score)),
                    score,
                    component,
                    JsonFields.title(JsonFields.text(vulnerability, "description")),
                    file));
        }
        summary.suppressed(dependency.path("suppressedVulnerabilities").size());
    }

    private static double maxCvss(final JsonNode cvssByVendor, final String... fields) {
        double max = Double.NaN;
        for (String field : fields) {
            for (JsonNode vendor : cvssByVendor) {
                double score = JsonFields.number(vendor.path(field));
                if (!Double.isNaN(score) && (Double.isNaN(max) || score > max)) {
                    max = score;
                }
            }
            if (!Double.isNaN(max)) {
                return max;
            }
        }
        return max;
    }

    private static double maxBaseScore(final JsonNode cvssList) {
        double max = Double.NaN;
        for (JsonNode cvss : cvssList) {
            double score = JsonFields.number(cvss.path("metrics").path("baseScore"));
            if (!Double.isNaN(score) && (Double.isNaN(max) || score > max)) {
                max = score;
            }
        }
        return max;
    }
}
