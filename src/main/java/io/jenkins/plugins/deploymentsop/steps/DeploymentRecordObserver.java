package io.jenkins.plugins.deploymentsop.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.rollout.BlueGreenPhase;
import io.jenkins.plugins.deploymentsop.rollout.BlueGreenRollout;
import io.jenkins.plugins.deploymentsop.rollout.RolloutObserver;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes what a blue-green rollout does into the deployment record as it happens (the execution log of the report)
 * and into the build log: every phase with its start and end, every verified traffic split, every decision, a
 * rollback event for a switch-back, and the live and previous colour. Never throws: a record that cannot be written
 * is reported in the build log, and the rollout goes on.
 */
final class DeploymentRecordObserver implements RolloutObserver {
    private final RolloutJournal journal;
    private final BlueGreenRollout rollout;

    @CheckForNull
    private PhaseEnd pendingEnd;

    /** The end of a phase, held until the next phase starts: only the next phase tells whether it failed. */
    private record PhaseEnd(BlueGreenPhase phase, Instant at, String detail) {}

    DeploymentRecordObserver(
            final DeploymentRecords records, final Consumer<String> log, final BlueGreenRollout rollout) {
        this.journal = new RolloutJournal(records, log);
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
            journal.log(end.phase() + " " + status + ": " + end.detail());
        }
        TimelineEntry.Status status = statusOfStart(phase);
        entries.add(entry(at, phase, status, detail));
        journal.logPhase(phase, status, detail);
        journal.write(record -> {
            entries.forEach(record::addTimeline);
            if (phase == BlueGreenPhase.SWITCHING_BACK) {
                RolloutJournal.openRollback(record, end == null ? detail : end.detail(), at, detail);
            } else if (phase.isTerminal()) {
                RolloutJournal.closeOpenRollback(record, phase == BlueGreenPhase.ROLLED_BACK, at, detail);
            }
        });
    }

    @Override
    public void trafficChanged(
            final TrafficSplit split, final boolean verified, final Instant at, final String detail) {
        journal.trafficChanged(split, verified, at, detail, record -> rollout.previousColor()
                .ifPresent(color -> record.setPreviousColor(color.id())));
    }

    @Override
    public void decision(final String decision, final String reason, final Instant at) {
        journal.log(decision + ": " + reason);
        journal.write(record ->
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

    private static TimelineEntry entry(
            final Instant at, final BlueGreenPhase phase, final TimelineEntry.Status status, final String message) {
        return new TimelineEntry(at, BlueGreenDeployStep.FUNCTION_NAME, phase.name(), status, message);
    }
}
