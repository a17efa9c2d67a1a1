package io.jenkins.plugins.deploymentsop.steps.canary;

import io.jenkins.plugins.deploymentsop.record.AnalysisVerdict;
import io.jenkins.plugins.deploymentsop.record.Approval;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.record.TrafficChange;
import io.jenkins.plugins.deploymentsop.rollout.CanaryChoice;
import io.jenkins.plugins.deploymentsop.rollout.CanaryObserver;
import io.jenkins.plugins.deploymentsop.rollout.CanaryPhase;
import io.jenkins.plugins.deploymentsop.rollout.CanaryQuestion;
import io.jenkins.plugins.deploymentsop.rollout.CanaryStepVerdict;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes everything a canary does into the deployment record as it happens (timeline, every verified weight, each
 * step's verdict with its numbers, people's decisions, the rollback) and into the build log.
 */
final class CanaryRecordObserver implements CanaryObserver {
    private static final Logger LOGGER = Logger.getLogger(CanaryRecordObserver.class.getName());
    private static final String ROLLBACK_TYPE = "TRAFFIC";

    private final CanaryRecords records;
    private final Consumer<String> log;

    // why the previous phase ended: the trigger of a rollback that starts next
    private String lastEnd = "";

    CanaryRecordObserver(final CanaryRecords records, final Consumer<String> log) {
        this.records = records;
        this.log = log;
    }

    @Override
    public void phaseFinished(final CanaryPhase phase, final Instant at, final String detail) {
        lastEnd = detail;
    }

    @Override
    public void phaseStarted(final CanaryPhase phase, final Instant at, final String detail) {
        TimelineEntry.Status status = phase == CanaryPhase.PROMOTED
                ? TimelineEntry.Status.SUCCEEDED
                : phase == CanaryPhase.FAILED
                        ? TimelineEntry.Status.FAILED
                        : phase == CanaryPhase.ROLLED_BACK ? TimelineEntry.Status.INFO : TimelineEntry.Status.STARTED;
        log.accept(phase + (status == TimelineEntry.Status.STARTED ? "" : " " + status) + ": " + detail);
        String trigger = lastEnd;
        write(record -> {
            record.addTimeline(entry(at, phase, status, detail));
            if (phase == CanaryPhase.ROLLING_BACK) {
                record.addRollback(new RollbackEvent(ROLLBACK_TYPE, trigger, at, null, false, detail));
            } else if (phase.isTerminal() && hasOpenRollback(record)) {
                boolean succeeded = phase == CanaryPhase.ROLLED_BACK;
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
            if (verified) {
                split.soleColor().ifPresent(color -> record.setLiveColor(color.id()));
            }
        });
    }

    @Override
    public void stepJudged(final CanaryStepVerdict verdict) {
        log.accept(verdict.stage() + ": " + verdict.verdict() + ", " + verdict.reason());
        AnalysisVerdict entry = new AnalysisVerdict(
                verdict.judgedAt(),
                verdict.stage(),
                verdict.weight().doubleValue(),
                verdict.verdict().name(),
                VerdictNumbers.scoreOf(verdict),
                verdict.reason(),
                VerdictNumbers.metricsOf(verdict));
        write(record -> record.addVerdict(entry));
    }

    @Override
    public void waitingForDecision(final CanaryQuestion question) {
        log.accept("waiting for a decision until " + question.deadline() + ": " + question.title() + " "
                + question.details() + " Answer on the build's Deployment Decisions page.");
    }

    @Override
    public void decided(
            final CanaryQuestion question,
            final CanaryChoice choice,
            final String userId,
            final String comment,
            final Instant at) {
        log.accept(userId + " answered " + choice + " to '" + question.title() + "'"
                + (comment.isBlank() ? "" : ": " + comment));
        write(record -> record.addApproval(new Approval(question.id(), choice.name(), userId, comment, at)));
    }

    @Override
    public void decision(final String decision, final String reason, final Instant at) {
        log.accept(decision + ": " + reason);
        write(record -> record.addTimeline(new TimelineEntry(
                at, CanaryPromoteStep.FUNCTION_NAME, "DECISION", TimelineEntry.Status.INFO, decision + ": " + reason)));
    }

    private static boolean hasOpenRollback(final DeploymentRecord record) {
        List<RollbackEvent> rollbacks = record.getRollbacks();
        return !rollbacks.isEmpty() && rollbacks.get(rollbacks.size() - 1).finishedAt() == null;
    }

    private static TimelineEntry entry(
            final Instant at, final CanaryPhase phase, final TimelineEntry.Status status, final String message) {
        return new TimelineEntry(at, CanaryPromoteStep.FUNCTION_NAME, phase.name(), status, message);
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
