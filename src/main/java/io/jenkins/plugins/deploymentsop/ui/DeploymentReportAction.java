package io.jenkins.plugins.deploymentsop.ui;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.RunAction2;

/**
 * The "Deployment Report" tab of a build, one per deployment (service and environment). {@code build.xml} keeps only
 * the summary fields below; the full record is its own JSON file in the build folder, loaded on request and held
 * behind a weak reference, so build pages stay light.
 */
public class DeploymentReportAction implements RunAction2 {
    private static final Logger LOGGER = Logger.getLogger(DeploymentReportAction.class.getName());

    private final String id;
    private String version = "";
    private String strategy = "";
    private String outcome = Outcome.IN_PROGRESS.name();
    private String outcomeReason = "";
    private long startedAt;
    private long finishedAt;

    @CheckForNull
    private transient Run<?, ?> owner;

    @CheckForNull
    private transient WeakReference<DeploymentRecord> cache;

    /**
     * Creates the action for a deployment.
     *
     * @param key the deployment
     */
    public DeploymentReportAction(final DeploymentKey key) {
        this.id = key.id();
    }

    public DeploymentKey getKey() {
        return DeploymentKey.fromId(id);
    }

    public String getId() {
        return id;
    }

    /**
     * Copies the summary fields from the record just saved and keeps it as the cached record.
     *
     * @param record the record as saved
     */
    public synchronized void refresh(final DeploymentRecord record) {
        version = record.getVersion();
        strategy = record.getStrategy().name();
        outcome = record.getOutcome().name();
        outcomeReason = record.getOutcomeReason();
        startedAt = toMillis(record.getStartedAt());
        finishedAt = toMillis(record.getFinishedAt());
        cache = new WeakReference<>(record);
    }

    private static long toMillis(@CheckForNull final Instant instant) {
        return instant == null ? 0 : instant.toEpochMilli();
    }

    /**
     * Returns the full record, loading it from its file if it is not in memory.
     *
     * @return the record, empty if its file is missing or unreadable (the reason is logged)
     */
    public synchronized Optional<DeploymentRecord> getRecord() {
        DeploymentRecord cached = cache == null ? null : cache.get();
        if (cached != null) {
            return Optional.of(cached);
        }
        Run<?, ?> run = owner;
        if (run == null) {
            return Optional.empty();
        }
        try {
            Optional<DeploymentRecord> loaded =
                    RecordStore.forBuild(run.getRootDir().toPath()).load(getKey());
            if (loaded.isPresent()) {
                cache = new WeakReference<>(loaded.get());
            }
            return loaded;
        } catch (IOException exception) {
            LOGGER.log(Level.WARNING, "Cannot read the deployment record " + id + " of " + run, exception);
            return Optional.empty();
        }
    }

    @CheckForNull
    public Run<?, ?> getOwner() {
        return owner;
    }

    @Override
    public void onAttached(final Run<?, ?> run) {
        this.owner = run;
    }

    @Override
    public void onLoad(final Run<?, ?> run) {
        this.owner = run;
    }

    @Override
    public String getIconFileName() {
        return "symbol-document-text";
    }

    @Override
    public String getDisplayName() {
        DeploymentKey key = getKey();
        return "Deployment Report: " + key.service() + " → " + key.environment();
    }

    @Override
    public String getUrlName() {
        return "deployment-report-" + id;
    }

    public String getService() {
        return getKey().service();
    }

    public String getEnvironment() {
        return getKey().environment();
    }

    public String getVersion() {
        return version;
    }

    public String getStrategy() {
        return strategy;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }

    /** Returns whether the deployment failed or was rolled back, for the summary's icon. */
    public boolean isChangeFailure() {
        return Outcome.valueOf(outcome).isChangeFailure();
    }

    /**
     * Returns the one line shown on the build's main page, e.g.
     * {@code shop → production 1.4.0: ROLLED_BACK after 12m (error rate 12% > 10%)}.
     *
     * @return the summary line (plain text; the view escapes it)
     */
    public String getSummaryLine() {
        StringBuilder line = new StringBuilder();
        line.append(getService()).append(" → ").append(getEnvironment());
        if (!version.isEmpty()) {
            line.append(' ').append(version);
        }
        line.append(": ").append(outcome);
        if (startedAt > 0 && finishedAt >= startedAt) {
            line.append(" after ").append(formatDuration(Duration.ofMillis(finishedAt - startedAt)));
        }
        if (!outcomeReason.isEmpty() && !Outcome.SUCCEEDED.name().equals(outcome)) {
            line.append(" (").append(outcomeReason).append(')');
        }
        return line.toString();
    }

    public Instant getStartedAt() {
        return Instant.ofEpochMilli(startedAt);
    }

    static String formatDuration(final Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return (seconds / 60) + "m " + (seconds % 60) + "s";
        }
        return (seconds / 3600) + "h " + (seconds % 3600 / 60) + "m";
    }
}
