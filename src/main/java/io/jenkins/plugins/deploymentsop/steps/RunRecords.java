package io.jenkins.plugins.deploymentsop.steps;

import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.config.DeploymentSopConfiguration;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.ui.DeploymentReportAction;
import io.jenkins.plugins.deploymentsop.ui.DoraIndexes;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How every step writes to the deployment record of its build: the change goes to the record file at once, and the
 * build gets (or refreshes) the report tab of that deployment.
 */
public final class RunRecords {
    private RunRecords() {}

    /**
     * Applies a change to the record of a deployment of a build, creating record and tab with the first change.
     *
     * @param run the build
     * @param key the deployment
     * @param change the change
     * @return the record as saved
     * @throws IOException if the record or the build cannot be saved
     */
    public static DeploymentRecord update(
            final Run<?, ?> run, final DeploymentKey key, final Consumer<DeploymentRecord> change) throws IOException {
        DeploymentRecord record = RecordStore.forBuild(run.getRootDir().toPath())
                .update(key, Instant.now(), current -> {
                    if (current.getJob().isEmpty()) {
                        current.setJob(run.getParent().getFullName());
                        current.setBuild(run.getNumber());
                        current.setProductionTier(DeploymentSopConfiguration.get()
                                .getEnvironmentTiers()
                                .isProduction(key.environment()));
                    }
                    change.accept(current);
                });
        actionOf(run, key).refresh(record);
        return record;
    }

    /**
     * Ends the record of a deployment of a build with its final outcome and hands it to the DORA index. This is the
     * one way a step ends a record: the build's completion listener skips finished records, so a record ended
     * without the index would never count in the DORA metrics.
     *
     * @param run the build
     * @param key the deployment
     * @param step the step that ends it, e.g. {@code canaryPromote}, for the FINISH entry of the timeline
     * @param outcome the outcome
     * @param reason why, with numbers
     * @param at when
     * @return the record as saved
     * @throws IOException if the record, the build or the index cannot be written
     */
    public static DeploymentRecord finish(
            final Run<?, ?> run,
            final DeploymentKey key,
            final String step,
            final Outcome outcome,
            final String reason,
            final Instant at)
            throws IOException {
        DeploymentRecord record = update(run, key, current -> {
            current.addTimeline(new TimelineEntry(
                    at, step, "FINISH", TimelineEntry.Status.INFO, "outcome " + outcome + ": " + reason));
            current.finish(outcome, reason, at);
        });
        DoraIndexes.append(record);
        return record;
    }

    /**
     * Finds the report tab of a deployment.
     *
     * @param run the build
     * @param key the deployment
     * @return the tab, if the deployment has a record in this build
     */
    public static Optional<DeploymentReportAction> find(final Run<?, ?> run, final DeploymentKey key) {
        return run.getActions(DeploymentReportAction.class).stream()
                .filter(action -> action.getId().equals(key.id()))
                .findFirst();
    }

    private static DeploymentReportAction actionOf(final Run<?, ?> run, final DeploymentKey key) throws IOException {
        synchronized (run) {
            Optional<DeploymentReportAction> existing = find(run, key);
            if (existing.isPresent()) {
                return existing.get();
            }
            DeploymentReportAction action = new DeploymentReportAction(key);
            run.addAction(action);
            run.save();
            return action;
        }
    }
}
