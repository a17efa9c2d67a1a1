package io.jenkins.plugins.deploymentsop.rollback.watch;

import static io.jenkins.plugins.deploymentsop.rollback.watch.Watch.APP;
import static io.jenkins.plugins.deploymentsop.rollback.watch.Watch.ERRORS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.rollback.Choice;
import io.jenkins.plugins.deploymentsop.rollback.Severity;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** After a rollback the restored version is watched by the same rules; a sustained breach ends it as unhealthy. */
class RestoredVersionWatchTest {
    @Test
    void shouldPassWhenTheRestoredVersionStaysHealthyForTheWholeWindow() {
        Watch watch = Watch.restored(TimeSpan.ofMinutes(2));

        watch.errorsEvery(0, 90, 30, 0.5);
        WatchDecision decision = watch.tickAt(120, ERRORS, 0.4);

        assertThat(decision.kind()).isEqualTo(WatchDecision.Kind.PASSED);
        assertThat(watch.events.get(0).message())
                .startsWith("the version restored by the rollback: watching 7 rule(s)");
        assertThat(watch.eventsOf(EventType.WATCH_PASSED).get(0).message())
                .startsWith("the restored version stayed healthy: no sustained breach after 5 tick(s) in 2m");
        assertThat(watch.watcher.isOfRestoredVersion()).isTrue();
    }

    @Test
    void shouldEndAsUnhealthyAtTheFirstSustainedBreachOfAnAutomaticRule() {
        Watch watch = Watch.restored(TimeSpan.ofMinutes(10));
        watch.tickAt(0, ERRORS, 0.5);

        watch.tickAt(30, ERRORS, 0.5, APP, Observation.probe(false, "HTTP 503"));
        watch.tickAt(60, ERRORS, 0.5, APP, Observation.probe(false, "HTTP 503"));
        WatchDecision decision = watch.tickAt(90, ERRORS, 0.5, APP, Observation.probe(false, "HTTP 503"));

        assertThat(decision.kind()).isEqualTo(WatchDecision.Kind.UNHEALTHY);
        assertThat(watch.watcher.phase()).isEqualTo(Phase.UNHEALTHY);
        assertThat(watch.watcher.isFinished()).isTrue();
        Trigger trigger = decision.trigger().orElseThrow();
        assertThat(trigger.ruleId()).isEqualTo("health-check");
        assertThat(trigger.severity()).isEqualTo(Severity.P0);
        assertThat(watch.eventsOf(EventType.RESTORED_UNHEALTHY)).singleElement().satisfies(event -> assertThat(
                        event.message())
                .startsWith("the restored version is unhealthy after 1m30s: health-check")
                .endsWith("there is no earlier version to roll back to"));
        assertThat(watch.types()).doesNotContain(EventType.ROLLBACK_TRIGGERED, EventType.DECISION_REQUESTED);
    }

    @Test
    void shouldNotAskAnybodyWhenAManualRuleIsBreachedButEndAsUnhealthy() {
        Watch watch = Watch.restored(TimeSpan.ofMinutes(10));

        watch.errorsEvery(0, 90, 30, 7.0);
        WatchDecision decision = watch.tickAt(120, ERRORS, 7.0);

        assertThat(decision.kind()).isEqualTo(WatchDecision.Kind.UNHEALTHY);
        assertThat(decision.trigger().orElseThrow().ruleId()).isEqualTo("error-rate-p1");
        assertThat(watch.watcher.pendingDecision()).isEmpty();
        assertThat(watch.types()).doesNotContain(EventType.DECISION_REQUESTED);
    }

    @Test
    void shouldRefuseDecisionsAndRollbacksOnARestoredVersion() {
        Watch watch = Watch.restored(TimeSpan.ofMinutes(10));
        watch.tickAt(0, ERRORS, 0.5);
        Instant now = watch.clock.instant();

        assertThatThrownBy(() -> watch.watcher.rollbackByPerson("alice", "data corruption", Severity.P0, now))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nothing earlier to roll back to");
        assertThatThrownBy(() -> watch.watcher.decide(Choice.ROLLBACK, "alice", "", now))
                .isInstanceOf(IllegalStateException.class);
    }
}
