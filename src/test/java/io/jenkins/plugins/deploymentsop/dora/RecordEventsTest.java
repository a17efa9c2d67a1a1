package io.jenkins.plugins.deploymentsop.dora;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.record.ChangeEntry;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.record.Incident;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.record.TrafficChange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecordEventsTest {
    private static final Instant START = Instant.parse("2026-02-04T12:00:00Z");

    private static DeploymentRecord record(final Outcome outcome) {
        DeploymentRecord record = new DeploymentRecord(new DeploymentKey("shop", "production"), START);
        record.setJob("shop/deploy");
        record.setBuild(7);
        record.setProductionTier(true);
        if (outcome != Outcome.IN_PROGRESS) {
            record.finish(outcome, "done", START.plusSeconds(600));
        }
        return record;
    }

    @Test
    void shouldNeverTurnADeploymentInProgressIntoAnEvent() {
        DeploymentRecord running = record(Outcome.IN_PROGRESS);
        assertThat(RecordEvents.from(running)).isEmpty();

        running.setFinishedAt(START.plusSeconds(60)); // a finish time alone does not make it finished
        assertThat(running.getOutcome()).isEqualTo(Outcome.IN_PROGRESS);
        assertThat(RecordEvents.from(running)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = "IN_PROGRESS", mode = EnumSource.Mode.EXCLUDE)
    void shouldKeepTheOutcomeOfAFinishedDeployment(final Outcome outcome) {
        DeploymentEvent event = RecordEvents.from(record(outcome)).orElseThrow();

        assertThat(event.getOutcome()).isEqualTo(outcome);
        assertThat(event.getDeploymentId()).isEqualTo("shop/deploy#7#shop@production");
        assertThat(event.getFinishedAt()).isEqualTo(START.plusSeconds(600));
        assertThat(event.getFailureDetectedAt().isPresent()).isEqualTo(outcome.isChangeFailure());
    }

    @ParameterizedTest
    @EnumSource(DeploymentType.class)
    void shouldKeepTheTypeOfTheDeployment(final DeploymentType type) {
        DeploymentRecord record = record(Outcome.SUCCEEDED);
        record.setType(type);

        assertThat(RecordEvents.from(record).orElseThrow().getType()).isEqualTo(type);
    }

    @Test
    void shouldTakeFailureAndRecoveryFromTheFailedPhaseAndTheRollback() {
        DeploymentRecord record = record(Outcome.ROLLED_BACK);
        record.addTrafficChange(new TrafficChange(START.plusSeconds(60), 0, 100, true, "switch"));
        record.addTimeline(new TimelineEntry(
                START.plusSeconds(120), "rollbackIfUnhealthy", "WATCH", TimelineEntry.Status.FAILED, "error rate"));
        record.addRollback(new RollbackEvent(
                "TRAFFIC", "error rate", START.plusSeconds(130), START.plusSeconds(170), true, "100% on blue"));
        record.addChanges(List.of(new ChangeEntry("abc1234", "carol", "fix", START.minusSeconds(3600))));

        DeploymentEvent event = RecordEvents.from(record).orElseThrow();

        assertThat(event.getFailureDetectedAt()).contains(START.plusSeconds(120));
        assertThat(event.getServiceRestoredAt()).contains(START.plusSeconds(170));
        assertThat(event.getCommits()).extracting(CommitRef::getId).containsExactly("abc1234");
    }

    @Test
    void shouldDetectTheFailureNoLaterThanTheRollbackThatAnsweredIt() {
        // canaryPromote inside blueGreenDeploy's block: the canary rolls back, the block fails afterwards
        DeploymentRecord record = record(Outcome.ROLLED_BACK);
        record.addTrafficChange(new TrafficChange(START.plusSeconds(60), 90, 10, true, "canary (step 1 of 4)"));
        record.addRollback(new RollbackEvent(
                "TRAFFIC", "canary step 1 failed", START.plusSeconds(90), START.plusSeconds(95), true, "100% on blue"));
        record.addTimeline(new TimelineEntry(
                START.plusSeconds(96), "blueGreenDeploy", "DEPLOYING", TimelineEntry.Status.FAILED, "body failed"));

        DeploymentEvent event = RecordEvents.from(record).orElseThrow();

        assertThat(event.getFailureDetectedAt()).contains(START.plusSeconds(90));
        assertThat(event.getServiceRestoredAt()).contains(START.plusSeconds(95));
    }

    @Test
    void shouldCountOneFailureAndOneRecoveryForARollbackRecordedActionByAction() {
        DeploymentRecord record = record(Outcome.ROLLED_BACK);
        record.addTrafficChange(new TrafficChange(START.plusSeconds(60), 0, 100, true, "switch"));
        record.addTimeline(new TimelineEntry(
                START.plusSeconds(120), "rollbackIfUnhealthy", "WATCH", TimelineEntry.Status.FAILED, "error rate"));
        int rollback = record.nextRollbackNumber();
        record.putRollbackAction(action(rollback, "SWITCH_TRAFFIC_BACK", 121, 122, "SUCCEEDED"));
        record.putRollbackAction(action(rollback, "RESTORE_DATABASE", 122, 180, "SUCCEEDED"));
        record.putRollbackAction(action(rollback, "VERIFY_HEALTH", 180, 185, "SUCCEEDED"));
        record.putRollbackAction(action(rollback, "DESTROY_FAILED_ENVIRONMENT", 185, 400, "FAILED"));

        DeploymentEvent event = RecordEvents.from(record).orElseThrow();
        DoraMetrics metrics = DoraCalculator.compute(
                        List.of(event),
                        DoraQuery.builder(START.plusSeconds(3600)).build())
                .getOverall()
                .getWindow(DoraWindow.WEEK)
                .orElseThrow();

        assertThat(event.getFailureDetectedAt()).contains(START.plusSeconds(120));
        assertThat(event.getServiceRestoredAt())
                .as("restored when the previous version was healthy, not when the failed one was destroyed")
                .contains(START.plusSeconds(185));
        assertThat(metrics.getDeployments()).isEqualTo(1);
        assertThat(metrics.getChangeFailureRate().getFailures()).isEqualTo(1);
        assertThat(metrics.getRecoveryTime().getFailures()).isEqualTo(1);
        assertThat(metrics.getRecoveryTime().getRecovered()).isEqualTo(1);
    }

    private static RollbackEvent action(
            final int rollback, final String action, final int from, final int to, final String outcome) {
        return new RollbackEvent(
                rollback,
                action,
                "FULL",
                "error rate",
                START.plusSeconds(from),
                START.plusSeconds(to),
                outcome,
                "SUCCEEDED".equals(outcome),
                action + " " + outcome);
    }

    @Test
    void shouldPreferTheIncidentAndLeaveAnUnrestoredFailureOpen() {
        DeploymentRecord record = record(Outcome.FAILED);
        record.putIncident(new Incident("INC-1", "error rate > 10%", "P0", "12%", START.plusSeconds(90), null, null));

        DeploymentEvent event = RecordEvents.from(record).orElseThrow();

        assertThat(event.getFailureDetectedAt()).contains(START.plusSeconds(90));
        assertThat(event.getServiceRestoredAt()).isEmpty();
        assertThat(event.getIncidentIds()).containsExactly("INC-1");
    }

    @Test
    void shouldCountAFailureThatNeverMovedTrafficAsRestoredAtOnce() {
        DeploymentEvent event = RecordEvents.from(record(Outcome.FAILED)).orElseThrow();

        assertThat(event.getServiceRestoredAt()).isEqualTo(event.getFailureDetectedAt());
    }
}
