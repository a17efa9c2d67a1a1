package io.jenkins.plugins.deploymentsop.steps;

import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.config.DeploymentSopConfiguration;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.ui.DeploymentReportAction;
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
