package io.jenkins.plugins.deploymentsop.rollback.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import io.jenkins.plugins.deploymentsop.record.RollbackRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RollbackProgressTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    private static RollbackPlan full() {
        return RollbackPlan.full(Optional.of(DatabaseRestore.command("./restore.sh")), Optional.of("./destroy.sh"));
    }

    /** A clock that moves 100 ms on every reading. */
    private static Clock steppingClock() {
        return new Clock() {
            private Instant now = T0;

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(final ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                Instant current = now;
                now = now.plusMillis(100);
                return current;
            }
        };
    }

    @Test
    void shouldRunTheActionsInOrderWithTheirTimes() {
        RollbackProgress progress = new RollbackProgress(full(), "error-rate-p0 (P0)");

        PlannedAction first = progress.begin(T0);
        assertThat(first.kind()).isEqualTo(ActionKind.SWITCH_TRAFFIC_BACK);
        assertThat(progress.status()).isEqualTo(RollbackProgress.Status.RUNNING);
        assertThat(progress.next()).as("nothing else begins while one runs").isEmpty();
        progress.complete(true, "blue 100%, green 0% (verified)", T0.plusMillis(12));
        progress.begin(T0.plusMillis(12));
        progress.complete(true, "restored backup 2026-03-02T09:00", T0.plusSeconds(40));
        progress.begin(T0.plusSeconds(40));
        progress.complete(true, "HTTP 200 three times", T0.plusSeconds(45));
        progress.begin(T0.plusSeconds(45));
        progress.complete(true, "green destroyed", T0.plusSeconds(90));

        assertThat(progress.status()).isEqualTo(RollbackProgress.Status.SUCCEEDED);
        assertThat(progress.rolledBackAt()).contains(T0.plusMillis(12));
        assertThat(progress.restoredAt()).contains(T0.plusSeconds(45));
        assertThat(progress.finishedAt()).contains(T0.plusSeconds(90));
        assertThat(progress.results().get(0).duration()).isEqualTo(Duration.ofMillis(12));
        assertThat(progress.next()).isEmpty();
        assertThatThrownBy(() -> progress.begin(T0.plusSeconds(91)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SUCCEEDED");
    }

    @Test
    void shouldSkipEverythingAfterAFailure() {
        RollbackProgress progress = new RollbackProgress(full(), "latency-p95-p0 (P0)");
        progress.begin(T0);
        progress.complete(false, "HAProxy did not confirm the weights: blue 0%", T0.plusSeconds(1));

        assertThat(progress.status()).isEqualTo(RollbackProgress.Status.FAILED);
        assertThat(progress.results())
                .extracting(ActionResult::outcome)
                .containsExactly(
                        ActionOutcome.FAILED, ActionOutcome.SKIPPED, ActionOutcome.SKIPPED, ActionOutcome.SKIPPED);
        assertThat(progress.results().get(1).detail()).isEqualTo("skipped because SWITCH_TRAFFIC_BACK failed");
        assertThat(progress.rolledBackAt()).isEmpty();
        assertThat(progress.next()).isEmpty();
        assertThat(progress.finishedAt()).contains(T0.plusSeconds(1));
    }

    @Test
    void shouldKnowTheRunningActionAfterARestart() throws Exception {
        RollbackProgress progress = new RollbackProgress(full(), "trigger");
        progress.begin(T0);
        progress.complete(true, "switched", T0.plusMillis(10));
        progress.begin(T0.plusMillis(10));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream output = new ObjectOutputStream(bytes)) {
            output.writeObject(progress);
        }
        RollbackProgress restored;
        try (ObjectInputStream input = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (RollbackProgress) input.readObject();
        }

        assertThat(restored.running().orElseThrow().kind()).isEqualTo(ActionKind.RESTORE_DATABASE);
        restored.complete(true, "restored", T0.plusSeconds(30));
        assertThat(restored.next().orElseThrow().kind()).isEqualTo(ActionKind.VERIFY_HEALTH);
        assertThat(restored.toRecords(1))
                .extracting(RollbackEvent::action, RollbackEvent::outcome, RollbackEvent::detail)
                .containsExactly(
                        tuple("SWITCH_TRAFFIC_BACK", "SUCCEEDED", "switched"),
                        tuple("RESTORE_DATABASE", "SUCCEEDED", "restored"));
        assertThat(restored.toRecords(1).get(1).startedAt()).isEqualTo(T0.plusMillis(10));
        assertThat(restored.toRecords(1).get(1).finishedAt()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void shouldRunAPlanWithActionsThatCompleteAtOnce() throws InterruptedException {
        List<ActionKind> performed = new ArrayList<>();

        RollbackProgress progress = RollbackRunner.run(
                new RollbackProgress(RollbackPlan.traffic(), "errors"),
                action -> {
                    performed.add(action.kind());
                    return ActionReport.success(action.kind() + " done");
                },
                steppingClock());

        assertThat(performed).containsExactly(ActionKind.SWITCH_TRAFFIC_BACK, ActionKind.VERIFY_HEALTH);
        assertThat(progress.status()).isEqualTo(RollbackProgress.Status.SUCCEEDED);
        assertThat(progress.rolledBackAt()).contains(T0.plusMillis(100));
        assertThat(progress.restoredAt()).contains(T0.plusMillis(300));
    }

    @Test
    void shouldCountAnExceptionOfAnActionAsItsFailure() throws InterruptedException {
        RollbackProgress progress = RollbackRunner.run(
                new RollbackProgress(RollbackPlan.database(DatabaseRestore.command("./restore.sh")), "errors"),
                action -> {
                    if (action.kind() == ActionKind.RESTORE_DATABASE) {
                        throw new IllegalStateException("backup not found");
                    }
                    return ActionReport.success("ok");
                },
                steppingClock());

        assertThat(progress.status()).isEqualTo(RollbackProgress.Status.FAILED);
        assertThat(progress.results().get(1).detail()).isEqualTo("IllegalStateException: backup not found");
        assertThat(progress.results().get(2).outcome()).isEqualTo(ActionOutcome.SKIPPED);
        assertThat(progress.toRecords(3))
                .extracting(RollbackEvent::rollback, RollbackEvent::type, RollbackEvent::action, RollbackEvent::outcome)
                .containsExactly(
                        tuple(3, "DATABASE", "SWITCH_TRAFFIC_BACK", "SUCCEEDED"),
                        tuple(3, "DATABASE", "RESTORE_DATABASE", "FAILED"),
                        tuple(3, "DATABASE", "VERIFY_HEALTH", "SKIPPED"));
        assertThat(progress.toRecords(3)).extracting(RollbackEvent::succeeded).containsExactly(true, false, false);
    }

    @Test
    void shouldRecordAnInterruptedActionAsFailed() {
        RollbackProgress progress = new RollbackProgress(RollbackPlan.traffic(), "errors");

        assertThatThrownBy(() -> RollbackRunner.run(
                        progress,
                        action -> {
                            throw new InterruptedException("aborted");
                        },
                        steppingClock()))
                .isInstanceOf(InterruptedException.class);
        assertThat(progress.status()).isEqualTo(RollbackProgress.Status.FAILED);
        assertThat(progress.results().get(0).detail()).isEqualTo("interrupted");
    }

    @Test
    void shouldRefuseToCompleteWhatDidNotBeginAndRecordNothingBeforeTheStart() {
        RollbackProgress progress = new RollbackProgress(RollbackPlan.traffic(), "errors");

        assertThatThrownBy(() -> progress.complete(true, "", T0)).hasMessageContaining("No action is running");
        assertThat(progress.toRecords(1)).isEmpty();
        assertThat(progress.status()).isEqualTo(RollbackProgress.Status.NOT_STARTED);
    }

    @Test
    void shouldRecordTheRunningActionWithItsStartAndWithoutAnEnd() {
        RollbackProgress progress = new RollbackProgress(full(), "errors");
        progress.begin(T0);
        progress.complete(true, "switched", T0.plusMillis(10));
        progress.begin(T0.plusMillis(10));

        RollbackEvent running = progress.toRecords(1).get(1);

        assertThat(running.action()).isEqualTo("RESTORE_DATABASE");
        assertThat(running.outcome()).isEqualTo(RollbackEvent.RUNNING);
        assertThat(running.startedAt()).isEqualTo(T0.plusMillis(10));
        assertThat(running.finishedAt()).isNull();
        assertThat(running.detail()).startsWith("restore the database backup by");
    }

    @Test
    void shouldNameTheActionsInTheRecordLikeThePlan() {
        // the record package cannot see the plan's enum; the word that ends the recovery time must match it
        assertThat(ActionKind.VERIFY_HEALTH.name()).isEqualTo(RollbackRun.VERIFY_HEALTH);
    }
}
