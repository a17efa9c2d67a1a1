package io.jenkins.plugins.deploymentsop.steps;

import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Consumer;

/** The deployment record of one service and environment in a build, with its "Deployment Report" tab. */
final class BuildDeploymentRecords implements DeploymentRecords {
    private final Run<?, ?> run;
    private final DeploymentKey key;

    BuildDeploymentRecords(final Run<?, ?> run, final DeploymentKey key) {
        this.run = run;
        this.key = key;
    }

    @Override
    public void update(final Consumer<DeploymentRecord> change) throws IOException {
        RunRecords.update(run, key, change);
    }

    @Override
    public void finish(final Outcome outcome, final String reason, final Instant at) throws IOException {
        RunRecords.finish(run, key, BlueGreenDeployStep.FUNCTION_NAME, outcome, reason, at);
    }
}
