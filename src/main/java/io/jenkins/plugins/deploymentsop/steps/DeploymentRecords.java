package io.jenkins.plugins.deploymentsop.steps;

import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where a long-running step writes its deployment record: the build's record file, nowhere for a dry run, memory in
 * tests.
 */
public interface DeploymentRecords {
    /** Writes nothing: a dry run deploys nothing, so it must not count as a deployment. */
    DeploymentRecords NONE = new DeploymentRecords() {
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
     * Returns the record of a deployment in a build, with its "Deployment Report" tab.
     *
     * @param run the build
     * @param key the deployment
     * @param step the step that writes it, e.g. {@code canaryPromote}, for the FINISH entry of the timeline
     * @return the record
     */
    static DeploymentRecords of(final Run<?, ?> run, final DeploymentKey key, final String step) {
        return new DeploymentRecords() {
            @Override
            public void update(final Consumer<DeploymentRecord> change) throws IOException {
                RunRecords.update(run, key, change);
            }

            @Override
            public void finish(final Outcome outcome, final String reason, final Instant at) throws IOException {
                RunRecords.finish(run, key, step, outcome, reason, at);
            }
        };
    }

    /**
     * Changes the record at once.
     *
     * @param change the change
     * @throws IOException if the record cannot be written
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
