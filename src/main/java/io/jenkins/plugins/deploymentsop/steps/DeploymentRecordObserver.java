package io.jenkins.plugins.deploymentsop.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.record.TrafficChange;
import io.jenkins.plugins.deploymentsop.rollout.BlueGreenPhase;
import io.jenkins.plugins.deploymentsop.rollout.BlueGreenRollout;
import io.jenkins.plugins.deploymentsop.rollout.RolloutObserver;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes what a blue-green rollout does into the deployment record as it happens (the execution log of the report)
 * and into the build log: every phase with its start and end, every verified traffic split, every decision, a
 * rollback event for a switch-back, and the live and previous colour. Never throws: a record that cannot be written
 * is reported in the build log, and the rollout goes on.
 */
final class DeploymentRecordObserver implements RolloutObserver {
    private static final Logger LOGGER = Logger.getLogger(DeploymentRecordObserver.class.getName());
    private static final String ROLLBACK_TYPE = "TRAFFIC";

    private final DeploymentRecords records;
    private final Consumer<String> log;
    private final BlueGreenRollout rollout;

    @CheckForNull
    private PhaseEnd pendingEnd;

    /** The end of a phase, held until the next phase starts: only the next phase tells whether it failed. */
    private record PhaseEnd(BlueGreenPhase phase, Instant at, String detail) {}

    DeploymentRecordObserver(
            final DeploymentRecords records, final Consumer<String> log, final BlueGreenRollout rollout) {
        this.records = records;
        this.log = log;
        this.rollout = rollout;
    }

    @Override
    public void phaseFinished(final BlueGreenPhase phase, final Instant at, final String detail) {
        pendingEnd = new PhaseEnd(phase, at, detail);
    }

    @Override
    public void phaseStarted(final BlueGreenPhase phase, final Instant at, final String detail) {
        PhaseEnd end = pendingEnd;
        pendingEnd = null;
        List<TimelineEntry> entries = new ArrayList<>();
        if (end != null) {
            TimelineEntry.Status status = statusOfEndBefore(phase);
            entries.add(entry(end.at(), end.phase(), status, end.detail()));
            log.accept(end.phase() + " " + status + ": " + end.detail());
        }
        TimelineEntry.Status status = statusOfStart(phase);
        entries.add(entry(at, phase, status, detail));
        log.accept(phase + (status == TimelineEntry.Status.STARTED ? "" : " " + status) + ": " + detail);
        write(record -> {
            entries.forEach(record::addTimeline);
            if (phase == BlueGreenPhase.SWITCHING_BACK) {
                String trigger = end == null ? detail : end.detail();
                record.addRollback(new RollbackEvent(ROLLBACK_TYPE, trigger, at, null, false, detail));
            } else if (phase.isTerminal() && hasOpenRollback(record)) {
                boolean succeeded = phase == BlueGreenPhase.ROLLED_BACK;
                record.updateLatestRollback(rollback -> new RollbackEvent(
                        rollback.type(), rollback.trigger(), rollback.startedAt(), at, succeeded, detail));
            }
        });
    }

    @Override
    public void trafficChanged(
            final TrafficSplit split, final boolean verified, final Instant at, final String detail) {
        log.accept("traffic: " + split + (verified ? " (verified)" : " (not verified)") + ", " + detail);
        write(record -> {
            record.addTrafficChange(new TrafficChange(
                    at, split.blue().doubleValue(), split.green().doubleValue(), verified, detail));
            rollout.previousColor().ifPresent(color -> record.setPreviousColor(color.id()));
            if (verified) {
                split.soleColor().ifPresent(color -> record.setLiveColor(color.id()));
            }
        });
    }

    @Override
    public void decision(final String decision, final String reason, final Instant at) {
        log.accept(decision + ": " + reason);
        write(record ->
                record.addTimeline(entry(at, rollout.phase(), TimelineEntry.Status.INFO, decision + ": " + reason)));
    }

    // a phase that hands over to FAILED or SWITCHING_BACK failed; any other hand-over means it did its job
    private static TimelineEntry.Status statusOfEndBefore(final BlueGreenPhase next) {
        return next == BlueGreenPhase.FAILED || next == BlueGreenPhase.SWITCHING_BACK
                ? TimelineEntry.Status.FAILED
                : TimelineEntry.Status.SUCCEEDED;
    }

    private static TimelineEntry.Status statusOfStart(final BlueGreenPhase phase) {
        switch (phase) {
            case SUCCEEDED:
                return TimelineEntry.Status.SUCCEEDED;
            case FAILED:
                return TimelineEntry.Status.FAILED;
            case ROLLED_BACK:
                // the failure is on the phase that triggered the switch-back; this line says where traffic is
                return TimelineEntry.Status.INFO;
            default:
                return TimelineEntry.Status.STARTED;
        }
    }

    private static boolean hasOpenRollback(final DeploymentRecord record) {
        List<RollbackEvent> rollbacks = record.getRollbacks();
        return !rollbacks.isEmpty() && rollbacks.get(rollbacks.size() - 1).finishedAt() == null;
    }

    private static TimelineEntry entry(
            final Instant at, final BlueGreenPhase phase, final TimelineEntry.Status status, final String message) {
        return new TimelineEntry(at, BlueGreenDeployStep.FUNCTION_NAME, phase.name(), status, message);
    }

    private void write(final Consumer<DeploymentRecord> change) {
        try {
            records.update(change);
        } catch (IOException | RuntimeException exception) {
            LOGGER.log(Level.WARNING, "Cannot update the deployment record", exception);
            log.accept("WARNING: cannot update the deployment record: " + exception.getMessage());
        }
    }
}
