package io.jenkins.plugins.deploymentsop.steps.rollback;

import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.steps.RunRecords;
import io.jenkins.plugins.deploymentsop.ui.DoraIndexes;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Consumer;

/** The deployment record of one service and environment in a build, with its "Deployment Report" tab. */
final class BuildRecordSink implements RecordSink {
    private final Run<?, ?> run;
    private final DeploymentKey key;

    BuildRecordSink(final Run<?, ?> run, final DeploymentKey key) {
        this.run = run;
        this.key = key;
    }

    @Override
    public void update(final Consumer<DeploymentRecord> change) throws IOException {
        RunRecords.update(run, key, change);
    }

    @Override
    public void finish(final Outcome outcome, final String reason, final Instant at) throws IOException {
        DeploymentRecord record = RunRecords.update(run, key, current -> {
            current.addTimeline(new TimelineEntry(
                    at, WatchSession.STEP, "FINISH", TimelineEntry.Status.INFO, "outcome " + outcome + ": " + reason));
            current.finish(outcome, reason, at);
        });
        // the build's completion listener skips finished records, so the DORA index hears of this one here
        DoraIndexes.append(record);
    }
}
