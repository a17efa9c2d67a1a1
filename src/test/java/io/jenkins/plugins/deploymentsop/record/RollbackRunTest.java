package io.jenkins.plugins.deploymentsop.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The events of a rollback's actions grouped into rollbacks, and what the record derives from them. */
class RollbackRunTest {
    private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
    private static final DeploymentKey SHOP = new DeploymentKey("shop", "production");

    private static RollbackEvent action(final int rollback, final String action, final String outcome) {
        return action(rollback, action, outcome, 10);
    }

    private static RollbackEvent action(final int rollback, final String action, final String outcome, final int at) {
        return new RollbackEvent(
                rollback,
                action,
                "FULL",
                "error-rate-p0 (P0)",
                START.plusSeconds(at),
                RollbackEvent.RUNNING.equals(outcome) ? null : START.plusSeconds(at + 1),
                outcome,
                false,
                action + " " + outcome);
    }

    @Test
    void shouldGroupTheActionsOfEachRollbackInTheOrderTheRollbacksStarted() {
        List<RollbackRun> runs = RollbackRun.of(List.of(
                action(2, "SWITCH_TRAFFIC_BACK", "SUCCEEDED", 10),
                new RollbackEvent("TRAFFIC", "validation", START, START.plusSeconds(1), true, "switched back"),
                action(1, "SWITCH_TRAFFIC_BACK", "FAILED", 20),
                action(2, "VERIFY_HEALTH", "SUCCEEDED", 11)));

        assertThat(runs).extracting(RollbackRun::number).containsExactly(2, 0, 1);
        assertThat(runs.get(0).actions())
                .extracting(RollbackEvent::action)
                .containsExactly("SWITCH_TRAFFIC_BACK", "VERIFY_HEALTH");
        assertThat(runs.get(0).startedAt()).contains(START.plusSeconds(10));
        assertThat(runs.get(0).finishedAt()).contains(START.plusSeconds(12));
        assertThat(runs.get(1).actions()).singleElement().satisfies(event -> {
            assertThat(event.isWholeRollback()).isTrue();
            assertThat(event.outcome()).isEqualTo(RollbackEvent.SUCCEEDED);
        });
    }

    @Test
    void shouldSucceedOnlyWhenEveryActionSucceededAndRunWhileOneRuns() {
        RollbackRun running = RollbackRun.of(List.of(
                        action(1, "SWITCH_TRAFFIC_BACK", "SUCCEEDED"), action(1, "RESTORE_DATABASE", "RUNNING")))
                .get(0);
        RollbackRun failed = RollbackRun.of(List.of(
                        action(1, "SWITCH_TRAFFIC_BACK", "SUCCEEDED"),
                        action(1, "RESTORE_DATABASE", "FAILED"),
                        action(1, "VERIFY_HEALTH", "SKIPPED")))
                .get(0);

        assertThat(running.outcome()).isEqualTo(RollbackEvent.RUNNING);
        assertThat(running.finishedAt()).isEmpty();
        assertThat(running.restoredAt()).isEmpty();
        assertThat(failed.outcome()).isEqualTo(RollbackEvent.FAILED);
        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.restoredAt()).as("the health check was skipped").isEmpty();
    }

    @Test
    void shouldTakeTheRestorationFromTheHealthCheckEvenIfTheDestroyFailedAfterIt() {
        RollbackRun run = RollbackRun.of(List.of(
                        action(1, "SWITCH_TRAFFIC_BACK", "SUCCEEDED", 10),
                        action(1, "VERIFY_HEALTH", "SUCCEEDED", 20),
                        action(1, "DESTROY_FAILED_ENVIRONMENT", "FAILED", 30)))
                .get(0);

        assertThat(run.succeeded()).isFalse();
        assertThat(run.restoredAt()).contains(START.plusSeconds(21));
        assertThat(run.finishedAt()).contains(START.plusSeconds(31));
    }

    @Test
    void shouldTakeTheRestorationFromTheEndOfARollbackWithoutAHealthCheck() {
        RollbackRun whole = RollbackRun.of(
                        List.of(new RollbackEvent("TRAFFIC", "validation", START, START.plusSeconds(40), true, "back")))
                .get(0);
        RollbackRun failed = RollbackRun.of(List.of(
                        new RollbackEvent("TRAFFIC", "validation", START, START.plusSeconds(40), false, "refused")))
                .get(0);

        assertThat(whole.restoredAt()).contains(START.plusSeconds(40));
        assertThat(failed.restoredAt()).isEmpty();
    }

    @Test
    void shouldReplaceTheEventOfTheSameActionAndNumberNewRollbacks() {
        DeploymentRecord record = new DeploymentRecord(SHOP, START);
        record.addRollback(new RollbackEvent("TRAFFIC", "validation", START, null, false, "switching"));
        record.updateLatestRollback(event -> new RollbackEvent(
                event.type(), event.trigger(), event.startedAt(), START.plusSeconds(1), false, "refused"));
        int second = record.nextRollbackNumber();
        record.putRollbackAction(action(second, "SWITCH_TRAFFIC_BACK", "SUCCEEDED"));
        record.putRollbackAction(action(second, "RESTORE_DATABASE", "RUNNING"));
        record.putRollbackAction(action(second, "RESTORE_DATABASE", "SUCCEEDED"));

        assertThat(second).isEqualTo(2);
        assertThat(record.getRollbacks())
                .extracting(RollbackEvent::rollback, RollbackEvent::action, RollbackEvent::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, RollbackEvent.WHOLE_ROLLBACK, "FAILED"),
                        org.assertj.core.groups.Tuple.tuple(2, "SWITCH_TRAFFIC_BACK", "SUCCEEDED"),
                        org.assertj.core.groups.Tuple.tuple(2, "RESTORE_DATABASE", "SUCCEEDED"));
        assertThat(record.deriveOutcome().outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThatThrownBy(() -> record.putRollbackAction(action(0, "VERIFY_HEALTH", "SUCCEEDED")))
                .hasMessageContaining("VERIFY_HEALTH has no rollback number");
    }

    @Test
    void shouldCallADeploymentFailedWhenItsOnlyRollbackDidNotComplete() {
        DeploymentRecord record = new DeploymentRecord(SHOP, START);
        record.putRollbackAction(action(1, "SWITCH_TRAFFIC_BACK", "SUCCEEDED"));
        record.putRollbackAction(action(1, "RESTORE_DATABASE", "FAILED"));

        assertThat(record.deriveOutcome().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(record.deriveOutcome().reason()).isEqualTo("rollback did not complete: error-rate-p0 (P0)");
    }

    @Test
    void shouldLetTheOutcomeDecideWhetherAnActionSucceeded() {
        RollbackEvent inconsistent = new RollbackEvent(
                1, "VERIFY_HEALTH", "TRAFFIC", "t", START, START, RollbackEvent.FAILED, true, "unhealthy");

        assertThat(inconsistent.succeeded()).isFalse();
        assertThat(new RollbackEvent(1, " ", "TRAFFIC", "t", START, START, "", true, "").action())
                .isEqualTo(RollbackEvent.WHOLE_ROLLBACK);
    }
}
