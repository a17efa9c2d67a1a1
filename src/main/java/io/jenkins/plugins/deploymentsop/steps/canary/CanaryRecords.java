package io.jenkins.plugins.deploymentsop.steps.canary;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import java.io.IOException;
import java.util.function.Consumer;

/** Where a canary writes its deployment record: the build's record file, or nowhere in a dry run. */
@FunctionalInterface
interface CanaryRecords {
    /** Writes nothing (dry run). */
    CanaryRecords NONE = change -> {};

    /**
     * Applies a change to the record at once.
     *
     * @param change the change
     * @throws IOException if the record cannot be saved
     */
    void update(Consumer<DeploymentRecord> change) throws IOException;
}
