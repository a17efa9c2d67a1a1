package io.jenkins.plugins.deploymentsop.steps;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.record.TrafficChange;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bookkeeping that {@code blueGreenDeploy} and {@code canaryPromote} share when they write what their rollout does
 * into the deployment record and the build log: a phase line, a traffic change that makes its sole colour live once
 * verified, and a traffic rollback opened when the switch-back starts and closed by the terminal phase. Never throws: a
 * record that cannot be written is reported in the build log, and the rollout goes on.
 */
public final class RolloutJournal {
    private static final Logger LOGGER = Logger.getLogger(RolloutJournal.class.getName());
    private static final String ROLLBACK_TYPE = "TRAFFIC";

    private final DeploymentRecords records;
    private final Consumer<String> log;

    /**
     * Creates the journal.
     *
     * @param records the deployment record
     * @param log the build log
     */
    public RolloutJournal(final DeploymentRecords records, final Consumer<String> log) {
        this.records = records;
        this.log = log;
    }

    /**
     * Writes a line to the build log.
     *
     * @param line the line
     */
    public void log(final String line) {
        log.accept(line);
    }

    /**
     * Logs the start of a phase; a phase that merely starts shows no status.
     *
     * @param phase the phase
     * @param status the status of its timeline entry
     * @param detail what happens
     */
    public void logPhase(final Enum<?> phase, final TimelineEntry.Status status, final String detail) {
        log.accept(phase + (status == TimelineEntry.Status.STARTED ? "" : " " + status) + ": " + detail);
    }

    /**
     * Logs and records a traffic change; a verified split that sends everything to one colour makes it the live one.
     *
     * @param split the split
     * @param verified whether the router confirmed it
     * @param at when
     * @param detail why
     * @param alsoChange a further change of the record in the same write
     */
    public void trafficChanged(
            final TrafficSplit split,
            final boolean verified,
            final Instant at,
            final String detail,
            final Consumer<DeploymentRecord> alsoChange) {
        log.accept("traffic: " + split + (verified ? " (verified)" : " (not verified)") + ", " + detail);
        write(record -> {
            record.addTrafficChange(new TrafficChange(
                    at, split.blue().doubleValue(), split.green().doubleValue(), verified, detail));
            alsoChange.accept(record);
            if (verified) {
                split.soleColor().ifPresent(color -> record.setLiveColor(color.id()));
            }
        });
    }

    /**
     * Changes the record at once; a failure is logged, not thrown.
     *
     * @param change the change
     */
    public void write(final Consumer<DeploymentRecord> change) {
        try {
            records.update(change);
        } catch (IOException | RuntimeException exception) {
            LOGGER.log(Level.WARNING, "Cannot update the deployment record", exception);
            log.accept("WARNING: cannot update the deployment record: " + exception.getMessage());
        }
    }

    /**
     * Opens a traffic rollback: the switch-back to the previous colour has started.
     *
     * @param record the record
     * @param trigger why, usually the end of the phase that failed
     * @param at when
     * @param detail what the switch-back does
     */
    public static void openRollback(
            final DeploymentRecord record, final String trigger, final Instant at, final String detail) {
        record.addRollback(new RollbackEvent(ROLLBACK_TYPE, trigger, at, null, false, detail));
    }

    /**
     * Closes the latest rollback if it is still open; a record without an open rollback stays as it is.
     *
     * @param record the record
     * @param succeeded whether traffic is back on the previous colour
     * @param at when
     * @param detail how it ended
     */
    public static void closeOpenRollback(
            final DeploymentRecord record, final boolean succeeded, final Instant at, final String detail) {
        List<RollbackEvent> rollbacks = record.getRollbacks();
        if (!rollbacks.isEmpty() && rollbacks.get(rollbacks.size() - 1).finishedAt() == null) {
            record.updateLatestRollback(rollback -> new RollbackEvent(
                    rollback.type(), rollback.trigger(), rollback.startedAt(), at, succeeded, detail));
        }
    }
}
