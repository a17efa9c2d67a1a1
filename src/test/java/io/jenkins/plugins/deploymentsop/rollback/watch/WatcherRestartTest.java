package io.jenkins.plugins.deploymentsop.rollback.watch;

import static io.jenkins.plugins.deploymentsop.rollback.watch.Watch.ERRORS;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.rollback.Choice;
import io.jenkins.plugins.deploymentsop.rollback.DefaultRules;
import io.jenkins.plugins.deploymentsop.rollback.RuleFileReader;
import io.jenkins.plugins.deploymentsop.rollback.RuleLayer;
import io.jenkins.plugins.deploymentsop.rollback.RuleSet;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WatcherRestartTest {
    private static final TimeSpan HOUR = TimeSpan.ofMinutes(60);

    static RollbackWatcher roundTrip(final RollbackWatcher watcher) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream output = new ObjectOutputStream(bytes)) {
            output.writeObject(watcher);
        }
        try (ObjectInputStream input = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (RollbackWatcher) input.readObject();
        }
    }

    /** Continues a watch with a restored watcher on the same fake clock. */
    private static void restart(final Watch watch) throws IOException, ClassNotFoundException {
        watch.watcher = roundTrip(watch.watcher).resume(watch.clock);
    }

    @Test
    void shouldContinueASustainedWindowAfterARestart() throws Exception {
        Watch watch = Watch.defaults(HOUR);
        watch.errorsEvery(0, 60, 30, 7);

        restart(watch);

        assertThat(watch.tickAt(90, ERRORS, 7.0).kind()).isEqualTo(WatchDecision.Kind.NONE);
        WatchDecision decision = watch.tickAt(120, ERRORS, 7.0);
        assertThat(decision.kind()).isEqualTo(WatchDecision.Kind.AWAITING_DECISION);
        assertThat(decision.pending().orElseThrow().breachStartedAt()).isEqualTo(FakeClock.START);
        assertThat(decision.pending().orElseThrow().valuesSeen()).hasSize(5);
    }

    @Test
    void shouldCountTheDowntimeIntoTheWindowWhenTheBreachIsStillThereAfterwards() throws Exception {
        Watch watch = Watch.defaults(HOUR);
        watch.errorsEvery(0, 30, 30, 7);

        restart(watch);

        assertThat(watch.tickAt(150, ERRORS, 7.0).kind())
                .as("a missing sample neither breaks nor completes a window; the next breaching one does")
                .isEqualTo(WatchDecision.Kind.AWAITING_DECISION);
    }

    @Test
    void shouldKeepTheDeadlineOfAPendingDecisionAcrossARestart() throws Exception {
        Watch watch = Watch.defaults(HOUR);
        watch.errorsEvery(0, 120, 30, 7);

        restart(watch);
        assertThat(watch.watcher.pendingDecision().orElseThrow().deadline())
                .isEqualTo(FakeClock.START.plusSeconds(420));
        watch.clock.at(400);
        assertThat(watch.watcher.remaining()).isEqualTo(Duration.ofSeconds(3200));

        assertThat(watch.tickAt(419, ERRORS, 7.0).kind()).isEqualTo(WatchDecision.Kind.AWAITING_DECISION);
        restart(watch);
        assertThat(watch.tickAt(420, ERRORS, 7.0).kind()).isEqualTo(WatchDecision.Kind.ROLLBACK_NOW);
    }

    @Test
    void shouldDeliverStartEventsAndDecisionsAfterARestart() throws Exception {
        Watch watch = Watch.defaults(HOUR);
        restart(watch);

        watch.errorsEvery(0, 120, 30, 7);
        restart(watch);
        watch.record(watch.watcher.decide(Choice.KEEP, "alice", "", FakeClock.START.plusSeconds(130)));
        restart(watch);

        assertThat(watch.types().get(0)).isEqualTo(EventType.WATCH_STARTED);
        assertThat(watch.watcher.decisions()).hasSize(1);
        assertThat(watch.watcher.phase()).isEqualTo(Phase.WATCHING);
    }

    @Test
    void shouldRestoreWithTheSystemClockWhenNoneIsGiven() throws Exception {
        RuleSet rules = RuleSet.merge(
                DefaultRules.source(),
                RuleFileReader.parse(
                        "rules.yaml", "rules:\n  - id: error-rate-p1\n    sustainedFor: 1m\n", RuleLayer.FILE));
        RollbackWatcher watcher = RollbackWatcher.start(
                rules, TimeSpan.ofMinutes(30), Baseline.of(Map.of("sop:business-metric", 10.0)), new FakeClock());

        RollbackWatcher restored = roundTrip(watcher);

        assertThat(restored.rules()).isEqualTo(rules);
        assertThat(restored.baseline()).isEqualTo(watcher.baseline());
        assertThat(restored.remaining())
                .as("the fake start lies in the past of the system clock")
                .isEqualTo(Duration.ZERO);
    }
}
