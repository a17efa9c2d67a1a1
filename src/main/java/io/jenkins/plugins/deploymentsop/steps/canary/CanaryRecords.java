package io.jenkins.plugins.deploymentsop.steps.canary;

import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.steps.RunRecords;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Consumer;

/** Where a canary writes its deployment record: the build's record file, or nowhere in a dry run. */
interface CanaryRecords {
    /** Writes nothing: a dry run deploys nothing, so it must not count as a deployment. */
    CanaryRecords NONE = new CanaryRecords() {
        @Override
        public void update(final Consumer<DeploymentRecord> change) {
            // a dry run has no record
        }

        @Override
        public void finish(final Outcome outcome, final String reason, final Instant at) {
            // a dry run has no record
        }
    };

    /**
     * Returns the record of a deployment in a build.
     *
     * @param run the build
     * @param key the deployment
     * @return the record
     */
    static CanaryRecords of(final Run<?, ?> run, final DeploymentKey key) {
        return new CanaryRecords() {
            @Override
            public void update(final Consumer<DeploymentRecord> change) throws IOException {
                RunRecords.update(run, key, change);
            }

            @Override
            public void finish(final Outcome outcome, final String reason, final Instant at) throws IOException {
                RunRecords.finish(run, key, CanaryPromoteStep.FUNCTION_NAME, outcome, reason, at);
            }
        };
    }

    /**
     * Applies a change to the record at once.
     *
     * @param change the change
     * @throws IOException if the record cannot be saved
     */
    void update(Consumer<DeploymentRecord> change) throws IOException;

    /**
     * Ends the record with a final outcome and hands it to the DORA index.
     *
     * @param outcome the outcome
     * @param reason why, with numbers
     * @param at when
     * @throws IOException if the record or the index cannot be written
     */
    void finish(Outcome outcome, String reason, Instant at) throws IOException;
}
