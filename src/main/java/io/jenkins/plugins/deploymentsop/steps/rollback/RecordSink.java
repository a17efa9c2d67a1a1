package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Consumer;

/** Where the watch writes the deployment record: the build's record file in Jenkins, memory in tests. */
public interface RecordSink {
    /**
     * Changes the record at once.
     *
     * @param change the change
     * @throws IOException if the record cannot be written
     */
    void update(Consumer<DeploymentRecord> change) throws IOException;

    /**
     * Ends the record with its outcome and hands it to the DORA index.
     *
     * @param outcome the outcome
     * @param reason why, with the numbers
     * @param at when
     * @throws IOException if the record or the index cannot be written
     */
    void finish(Outcome outcome, String reason, Instant at) throws IOException;
}
