package io.jenkins.plugins.deploymentsop.steps.canary;

import io.jenkins.plugins.deploymentsop.record.AnalysisVerdict;
import io.jenkins.plugins.deploymentsop.record.Approval;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.rollout.CanaryChoice;
import io.jenkins.plugins.deploymentsop.rollout.CanaryObserver;
import io.jenkins.plugins.deploymentsop.rollout.CanaryPhase;
import io.jenkins.plugins.deploymentsop.rollout.CanaryQuestion;
import io.jenkins.plugins.deploymentsop.rollout.CanaryStepVerdict;
import io.jenkins.plugins.deploymentsop.steps.DeploymentRecords;
import io.jenkins.plugins.deploymentsop.steps.RolloutJournal;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Writes everything a canary does into the deployment record as it happens (timeline, every verified weight, each
 * step's verdict with its numbers, people's decisions, the rollback) and into the build log.
 */
final class CanaryRecordObserver implements CanaryObserver {
    private final RolloutJournal journal;

    // why the previous phase ended: the trigger of a rollback that starts next
    private String lastEnd = "";

    CanaryRecordObserver(final DeploymentRecords records, final Consumer<String> log) {
        this.journal = new RolloutJournal(records, log);
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
        journal.logPhase(phase, status, detail);
        String trigger = lastEnd;
        journal.write(record -> {
            record.addTimeline(entry(at, phase, status, detail));
            if (phase == CanaryPhase.ROLLING_BACK) {
                RolloutJournal.openRollback(record, trigger, at, detail);
            } else if (phase.isTerminal()) {
                RolloutJournal.closeOpenRollback(record, phase == CanaryPhase.ROLLED_BACK, at, detail);
            }
        });
    }

    @Override
    public void trafficChanged(
            final TrafficSplit split, final boolean verified, final Instant at, final String detail) {
        journal.trafficChanged(split, verified, at, detail, record -> {});
    }

    @Override
    public void stepJudged(final CanaryStepVerdict verdict) {
        journal.log(verdict.stage() + ": " + verdict.verdict() + ", " + verdict.reason());
        AnalysisVerdict entry = new AnalysisVerdict(
                verdict.judgedAt(),
                verdict.stage(),
                verdict.weight().doubleValue(),
                verdict.verdict().name(),
                VerdictNumbers.scoreOf(verdict),
                verdict.reason(),
                VerdictNumbers.metricsOf(verdict));
        journal.write(record -> record.addVerdict(entry));
    }

    @Override
    public void waitingForDecision(final CanaryQuestion question) {
        journal.log("waiting for a decision until " + question.deadline() + ": " + question.title() + " "
                + question.details() + " Answer on the build's Deployment Decisions page.");
    }

    @Override
    public void decided(
            final CanaryQuestion question,
            final CanaryChoice choice,
            final String userId,
            final String comment,
            final Instant at) {
        journal.log(userId + " answered " + choice + " to '" + question.title() + "'"
                + (comment.isBlank() ? "" : ": " + comment));
        journal.write(record -> record.addApproval(new Approval(question.id(), choice.name(), userId, comment, at)));
    }

    @Override
    public void decision(final String decision, final String reason, final Instant at) {
        journal.log(decision + ": " + reason);
        journal.write(record -> record.addTimeline(new TimelineEntry(
                at, CanaryPromoteStep.FUNCTION_NAME, "DECISION", TimelineEntry.Status.INFO, decision + ": " + reason)));
    }

    private static TimelineEntry entry(
            final Instant at, final CanaryPhase phase, final TimelineEntry.Status status, final String message) {
        return new TimelineEntry(at, CanaryPromoteStep.FUNCTION_NAME, phase.name(), status, message);
    }
}
