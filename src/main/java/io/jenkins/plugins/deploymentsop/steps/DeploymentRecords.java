package io.jenkins.plugins.deploymentsop.steps;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Consumer;

/** Where a rollout writes its deployment record: the build's record file, or nowhere for a dry run. */
interface DeploymentRecords {
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
