package io.jenkins.plugins.deploymentsop.report;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;

/**
 * The default workspace paths of the report files, after the SOP's
 * {@code docs/planning/reports/production-deployment-v[version].md}. Environment and version are reduced to
 * characters safe in a file name; the step still confines whatever path it is given to the workspace.
 */
public final class ReportPaths {
    private static final String FOLDER = "docs/planning/reports/";

    private ReportPaths() {}

    /**
     * Returns the default path of a report file.
     *
     * @param record the record
     * @param extension {@code md}, {@code html} or {@code json}
     * @return e.g. {@code docs/planning/reports/production-deployment-v1.4.0.md}
     */
    public static String defaultPath(final DeploymentRecord record, final String extension) {
        return FOLDER + safe(record.getEnvironment(), "environment") + "-deployment-v"
                + safe(record.getVersion(), "unversioned") + "." + extension;
    }

    private static String safe(final String text, final String fallback) {
        String cleaned =
                Texts.orEmpty(text).strip().replaceAll("[^A-Za-z0-9._+-]", "_").replaceAll("^[.]+", "");
        if (cleaned.isEmpty()) {
            return fallback;
        }
        return cleaned.length() > 100 ? cleaned.substring(0, 100) : cleaned;
    }
}
