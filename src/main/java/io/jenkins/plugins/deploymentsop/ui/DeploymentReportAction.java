package io.jenkins.plugins.deploymentsop.ui;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.report.DeploymentReport;
import io.jenkins.plugins.deploymentsop.report.ReportSummary;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.RunAction2;

/**
 * The "Deployment Report" tab of a build, one per deployment (service and environment). {@code build.xml} keeps only
 * the small {@link ReportSummary}; the full record is its own JSON file in the build folder, loaded on request and
 * held behind a weak reference, so build pages stay light.
 */
public class DeploymentReportAction implements RunAction2 {
    private static final Logger LOGGER = Logger.getLogger(DeploymentReportAction.class.getName());

    private final String id;

    @CheckForNull
    private ReportSummary summary;

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
     * Copies the summary from the record just saved and keeps the record as the cached one.
     *
     * @param record the record as saved
     */
    public synchronized void refresh(final DeploymentRecord record) {
        summary = ReportSummary.of(record, Instant.now());
        cache = new WeakReference<>(record);
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

    /**
     * Renders the report tab's body. The renderer escapes every user- and file-supplied string; the view writes this
     * fragment as it is.
     *
     * @return the HTML fragment, or a short note when the record file cannot be read
     */
    public String getReportHtml() {
        return getRecord()
                .map(record -> DeploymentReport.of(record, Instant.now()).htmlFragment())
                .orElse("<p class=\"dsop-missing\">The deployment record of this build cannot be read; "
                        + "the controller log names the reason.</p>");
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

    /** Returns the recorded outcome, IN_PROGRESS before the first summary. */
    public String getOutcome() {
        ReportSummary current = summary;
        return current == null
                ? Outcome.IN_PROGRESS.name()
                : current.getOutcome().name();
    }

    /** Returns whether the deployment failed or was rolled back, for the summary's icon. */
    public boolean isChangeFailure() {
        ReportSummary current = summary;
        return current != null && current.getOutcome().isChangeFailure();
    }

    /**
     * Returns the one line shown on the build's main page, e.g.
     * {@code shop → production 1.4.0: ROLLED_BACK after 12m (error rate 12% > 10%)}.
     *
     * @return the summary line (plain text; the view escapes it)
     */
    public String getSummaryLine() {
        ReportSummary current = summary;
        return current == null ? getDisplayName() + ": " + Outcome.IN_PROGRESS : current.getText();
    }
}
