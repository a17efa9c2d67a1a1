package io.jenkins.plugins.deploymentsop.report;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.RollbackRun;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The one-line summary of a deployment for the build page, e.g. {@code Deployment shop → production 1.4.0:
 * ROLLED_BACK after 12 min (error rate 12% > 10%)}. Small and serializable, so a build action can keep it in
 * build.xml and never load the record for the build page. The text is plain: views escape it.
 */
public final class ReportSummary implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String service;
    private final String environment;
    private final String version;
    private final Outcome outcome;
    private final long durationSeconds;
    private final String reason;

    private ReportSummary(
            final String service,
            final String environment,
            final String version,
            final Outcome outcome,
            final long durationSeconds,
            final String reason) {
        this.service = service;
        this.environment = environment;
        this.version = version;
        this.outcome = outcome;
        this.durationSeconds = durationSeconds;
        this.reason = reason;
    }

    /**
     * Summarizes a record.
     *
     * @param record the record
     * @param now the time used as the end of a deployment that is still running
     * @return the summary
     */
    public static ReportSummary of(final DeploymentRecord record, final Instant now) {
        return new ReportSummary(
                Texts.orEmpty(record.getService()),
                Texts.orEmpty(record.getEnvironment()),
                Texts.orEmpty(record.getVersion()),
                record.getOutcome(),
                Math.max(0, record.duration(now).toSeconds()),
                reasonOf(record));
    }

    private static String reasonOf(final DeploymentRecord record) {
        if (record.getOutcome() == Outcome.ROLLED_BACK) {
            List<RollbackRun> rollbacks = record.rollbackRuns();
            for (int i = rollbacks.size() - 1; i >= 0; i--) {
                if (rollbacks.get(i).succeeded() && !rollbacks.get(i).trigger().isBlank()) {
                    return oneLine(rollbacks.get(i).trigger());
                }
            }
        }
        if (record.getOutcome() == Outcome.SUCCEEDED || record.getOutcome() == Outcome.IN_PROGRESS) {
            return "";
        }
        return oneLine(Texts.orEmpty(record.getOutcomeReason()));
    }

    private static String oneLine(final String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    public String getService() {
        return service;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getVersion() {
        return version;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Duration getDuration() {
        return Duration.ofSeconds(durationSeconds);
    }

    /** Returns why the deployment failed or was rolled back; empty for a success. */
    public String getReason() {
        return reason;
    }

    /** Returns the summary line, plain text. */
    public String getText() {
        StringBuilder text =
                new StringBuilder("Deployment ").append(service).append(" → ").append(environment);
        if (!version.isBlank()) {
            text.append(' ').append(version);
        }
        text.append(": ").append(outcome);
        text.append(outcome.isFinished() ? " after " : " for ").append(Durations.format(getDuration()));
        if (!reason.isBlank()) {
            text.append(" (").append(reason).append(')');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return getText();
    }
}
