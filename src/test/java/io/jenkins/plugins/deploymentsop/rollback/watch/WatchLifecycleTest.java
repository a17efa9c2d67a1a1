package io.jenkins.plugins.deploymentsop.rollback.watch;

import static io.jenkins.plugins.deploymentsop.rollback.watch.Watch.ERRORS;
import static io.jenkins.plugins.deploymentsop.rollback.watch.Watch.LATENCY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WatchLifecycleTest {
    @Test
    void shouldReportTheStartOnTheFirstTick() {
        Watch watch = Watch.defaults(TimeSpan.ofMinutes(30));

        watch.tickAt(0, ERRORS, 0.5);

        WatchEvent started = watch.events.get(0);
        assertThat(started.type()).isEqualTo(EventType.WATCH_STARTED);
        assertThat(started.message())
                .isEqualTo("watching 7 rule(s) for 30m until 2026-03-02T10:30:00Z;"
                        + " no data: metrics: ignore, health: treat_as_breach; baseline: {}");
        assertThat(watch.eventsOf(EventType.BASELINE_MISSING)).hasSize(1);
    }

    @Test
    void shouldPassAtTheEndOfTheWindowNamingBreachesThatDidNotLastLongEnough() {
        Watch watch = Watch.defaults(TimeSpan.ofMinutes(5));
        watch.errorsEvery(0, 240, 30, 1);

        assertThat(watch.tickAt(270, ERRORS, 7.0).kind()).isEqualTo(WatchDecision.Kind.NONE);
        WatchDecision decision = watch.tickAt(300, ERRORS, 7.0);

        assertThat(decision.kind()).isEqualTo(WatchDecision.Kind.PASSED);
        assertThat(watch.eventsOf(EventType.WATCH_PASSED).get(0).message())
                .isEqualTo("no rollback after 11 tick(s) in 5m;"
                        + " error-rate-p1 breaching for 30s (2 sample(s)) but not sustained");
        assertThat(watch.watcher.remaining()).isEqualTo(Duration.ZERO);
        assertThat(watch.watcher.isFinished()).isTrue();
    }

    @Test
    void shouldRepeatTheFinalDecisionWithoutNewEvents() {
        Watch watch = Watch.defaults(TimeSpan.ofMinutes(5));
        watch.tickAt(0, ERRORS, 20.0);
        int before = watch.events.size();

        WatchDecision again = watch.tickAt(30, ERRORS, 0.0);

        assertThat(again.kind()).isEqualTo(WatchDecision.Kind.ROLLBACK_NOW);
        assertThat(watch.events).hasSize(before);
        assertThat(watch.watcher.ticks()).isEqualTo(1);
    }

    @Test
    void shouldEvaluateOnceAsAGateWithoutWaitingForWindows() {
        Watch healthy = Watch.defaults(TimeSpan.ZERO);
        assertThat(healthy.tickAt(0, ERRORS, 1.0, LATENCY, 0.2).kind()).isEqualTo(WatchDecision.Kind.PASSED);
        assertThat(healthy.events.get(0).message()).startsWith("evaluating 7 rule(s) once, as a gate;");

        Watch breached = Watch.defaults(TimeSpan.ZERO);
        WatchDecision decision = breached.tickAt(0, ERRORS, 7.0, LATENCY, 0.2);

        assertThat(decision.kind())
                .as("the 2-minute window of the P1 rule is not waited for in a gate")
                .isEqualTo(WatchDecision.Kind.AWAITING_DECISION);
        assertThat(breached.eventsOf(EventType.BREACH_STARTED).get(0).message()).doesNotContain("needs");
    }

    @Test
    void shouldMapEventsToTimelineEntries() {
        Watch watch = Watch.defaults(TimeSpan.ofMinutes(5));
        watch.tickAt(0, ERRORS, 20.0);

        assertThat(watch.events)
                .extracting(WatchEvent::toTimelineEntry)
                .extracting(TimelineEntry::step, TimelineEntry::phase, TimelineEntry::status)
                .contains(
                        tuple("rollbackIfUnhealthy", "WATCH_STARTED", TimelineEntry.Status.STARTED),
                        tuple("rollbackIfUnhealthy", "BREACH_STARTED", TimelineEntry.Status.INFO),
                        tuple("rollbackIfUnhealthy", "ROLLBACK_TRIGGERED", TimelineEntry.Status.FAILED));
        assertThat(watch.events.get(watch.events.size() - 1).toTimelineEntry().message())
                .isEqualTo("roll back: error-rate-p0 (P0) error rate > 10% → P0, automatic: 20% over 1 sample(s)"
                        + " in 0s [automatic]");
    }
}
