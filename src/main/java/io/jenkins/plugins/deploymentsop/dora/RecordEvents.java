package io.jenkins.plugins.deploymentsop.dora;

import io.jenkins.plugins.deploymentsop.record.ChangeEntry;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Incident;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.RollbackRun;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns a finished deployment record into the compact event the DORA index keeps. Failure and recovery times come
 * from what the record shows: an incident's detection and restoration, else the first failed phase or the start of
 * the first rollback, whichever came first, and the moment a rollback restored service (its health check of the
 * previous version, or its end when it has none). A deployment counts once however many rollbacks and rollback
 * actions its record holds. A failure that never moved traffic to the new version restored nothing, as production
 * never changed.
 */
public final class RecordEvents {
    private RecordEvents() {}

    /**
     * Maps a record.
     *
     * @param record the record
     * @return the event, empty while the deployment is still in progress
     */
    public static Optional<DeploymentEvent> from(final DeploymentRecord record) {
        Outcome outcome = record.getOutcome();
        Instant started = record.getStartedAt();
        Instant finished = record.getFinishedAt();
        if (outcome == Outcome.IN_PROGRESS || started == null || finished == null) {
            return Optional.empty();
        }
        DeploymentEvent.Builder event = DeploymentEvent.builder()
                .deploymentId(idOf(record))
                .job(record.getJob())
                .service(record.getService())
                .environment(record.getEnvironment())
                .version(record.getVersion())
                .productionTier(record.isProductionTier())
                .type(record.getType())
                .outcome(outcome)
                .startedAt(started)
                .finishedAt(finished.isBefore(started) ? started : finished);
        for (ChangeEntry change : record.getChanges()) {
            event.commit(change.commitId(), change.committedAt());
        }
        record.getIncidents().forEach(incident -> event.incident(incident.id()));
        if (outcome.isChangeFailure()) {
            Instant detected = failureDetectedAt(record, finished);
            event.failureDetectedAt(detected);
            serviceRestoredAt(record, detected).ifPresent(event::serviceRestoredAt);
        }
        return Optional.of(event.build());
    }

    /**
     * The id of a deployment across the controller: job, build number and service@environment.
     *
     * @param record the record
     * @return the id
     */
    public static String idOf(final DeploymentRecord record) {
        return record.getJob() + "#" + record.getBuild() + "#" + record.key().id();
    }

    private static Instant failureDetectedAt(final DeploymentRecord record, final Instant finished) {
        // a rollback starts once the failure is known: a step that records its failure only after a rollback it did
        // not run itself (blueGreenDeploy around canaryPromote) must not move detection past the rollback
        Optional<Instant> failedPhase = record.getTimeline().stream()
                .filter(entry -> entry.status() == TimelineEntry.Status.FAILED)
                .map(TimelineEntry::at)
                .findFirst();
        Optional<Instant> rollbackStart = record.rollbackRuns().stream()
                .map(RollbackRun::startedAt)
                .flatMap(Optional::stream)
                .findFirst();
        return record.getIncidents().stream()
                .map(Incident::detectedAt)
                .min(Comparator.naturalOrder())
                .or(() -> Stream.of(failedPhase, rollbackStart)
                        .flatMap(Optional::stream)
                        .min(Comparator.naturalOrder()))
                .orElse(finished);
    }

    private static Optional<Instant> serviceRestoredAt(final DeploymentRecord record, final Instant detected) {
        Optional<Instant> restored = record.getIncidents().stream()
                .map(Incident::restoredAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .or(() -> record.rollbackRuns().stream()
                        .map(RollbackRun::restoredAt)
                        .flatMap(Optional::stream)
                        .max(Comparator.naturalOrder()));
        if (restored.isPresent()) {
            return restored.map(time -> time.isBefore(detected) ? detected : time);
        }
        boolean productionChanged = !record.getTraffic().isEmpty();
        return productionChanged || !record.getIncidents().isEmpty() ? Optional.empty() : Optional.of(detected);
    }
}
