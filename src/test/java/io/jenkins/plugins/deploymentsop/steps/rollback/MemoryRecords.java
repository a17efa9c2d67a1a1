package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.steps.DeploymentRecords;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The deployment record in memory. */
final class MemoryRecords implements DeploymentRecords {
    final DeploymentRecord record = new DeploymentRecord(new DeploymentKey("shop", "production"), FakeClock.START);
    int finished;

    @Override
    public void update(final Consumer<DeploymentRecord> change) {
        change.accept(record);
    }

    @Override
    public void finish(final Outcome outcome, final String reason, final Instant at) {
        finished++;
        record.finish(outcome, reason, at);
    }

    List<String> phases() {
        return record.getTimeline().stream().map(TimelineEntry::phase).collect(Collectors.toList());
    }
}
