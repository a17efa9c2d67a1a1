package io.jenkins.plugins.deploymentsop.steps;

import hudson.Extension;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.listeners.RunListener;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.ui.DecisionRegistry;
import io.jenkins.plugins.deploymentsop.ui.DeploymentReportAction;
import io.jenkins.plugins.deploymentsop.ui.DoraIndexes;
import java.io.IOException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When a build completes, every deployment it recorded but did not finalize with {@code deploymentReport} is
 * finalized from what happened (aborted builds: ABORTED) and indexed for DORA, so no deployment is lost from the
 * metrics because a Pipeline stopped early. Once the build is finalized, whatever its steps left in memory goes.
 */
@Extension
@SuppressWarnings("rawtypes")
public class DeploymentRecordFinalizer extends RunListener<Run> {
    private static final Logger LOGGER = Logger.getLogger(DeploymentRecordFinalizer.class.getName());

    @Override
    public void onCompleted(final Run run, final TaskListener listener) {
        for (Object action : run.getActions(DeploymentReportAction.class)) {
            DeploymentReportAction report = (DeploymentReportAction) action;
            if (Outcome.valueOf(report.getOutcome()).isFinished()) {
                continue;
            }
            try {
                DeploymentRecord record = RunRecords.update(run, report.getKey(), current -> finalize(run, current));
                DoraIndexes.append(record);
                listener.getLogger().println("[Deployment SOP] finalized " + report.getSummaryLine());
            } catch (IOException exception) {
                LOGGER.log(
                        Level.WARNING,
                        "Cannot finalize the deployment record " + report.getId() + " of " + run,
                        exception);
            }
        }
    }

    /**
     * Forgets what the finished build's steps left behind in this controller's memory: the questions of its build page
     * and the deployment locks it holds (a step killed without ending cleanly cannot give them back).
     *
     * @param run the finished build
     */
    @Override
    public void onFinalized(final Run run) {
        DecisionRegistry.forget(run.getExternalizableId());
        DeploymentLocks.releaseAllOf(run);
    }

    private static void finalize(final Run<?, ?> run, final DeploymentRecord record) {
        Instant now = Instant.now();
        DeploymentRecord.DerivedOutcome derived = record.deriveOutcome();
        boolean aborted = run.getResult() == Result.ABORTED && derived.outcome() == Outcome.SUCCEEDED;
        Outcome outcome = aborted ? Outcome.ABORTED : derived.outcome();
        String reason = aborted ? "the build was aborted" : derived.reason();
        record.addTimeline(new TimelineEntry(
                now,
                "build",
                "FINALIZE",
                TimelineEntry.Status.INFO,
                "build completed without deploymentReport; outcome " + outcome + ": " + reason));
        record.finish(outcome, reason, now);
    }
}
