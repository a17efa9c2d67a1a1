package io.jenkins.plugins.deploymentsop.rollback.watch;

import static io.jenkins.plugins.deploymentsop.rollback.watch.Watch.APP;
import static io.jenkins.plugins.deploymentsop.rollback.watch.Watch.ERRORS;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.rollback.NoDataPolicy;
import io.jenkins.plugins.deploymentsop.rollback.Rule;
import io.jenkins.plugins.deploymentsop.rollback.Severity;
import io.jenkins.plugins.deploymentsop.rollback.Signal;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import org.junit.jupiter.api.Test;

class SustainedWindowTest {
    private static final TimeSpan HOUR = TimeSpan.ofMinutes(60);

    private final Watch watch = new Watch().start(Watch.rules(Watch.autoErrorRule("errors", "> 5%", 120)), HOUR);

    @Test
    void shouldNeverTriggerOnABreachShorterThanItsWindow() {
        assertThat(watch.errorsEvery(0, 90, 30, 8).kind()).isEqualTo(WatchDecision.Kind.NONE);
        assertThat(watch.tickAt(120, ERRORS, 2.0).kind()).isEqualTo(WatchDecision.Kind.NONE);
        assertThat(watch.errorsEvery(150, 1800, 30, 1).kind()).isEqualTo(WatchDecision.Kind.NONE);

        assertThat(watch.types())
                .containsExactly(EventType.WATCH_STARTED, EventType.BREACH_STARTED, EventType.BREACH_ENDED);
        assertThat(watch.eventsOf(EventType.BREACH_ENDED).get(0).message())
                .isEqualTo("errors: breach ended; it lasted 1m30s over 4 breaching sample(s), before its window of 2m:"
                        + " error rate 2% is not > 5%");
        assertThat(watch.watcher.phase()).isEqualTo(Phase.WATCHING);
    }

    @Test
    void shouldTriggerExactlyWhenTheWindowIsFull() {
        assertThat(watch.errorsEvery(0, 119, 17, 8).kind()).isEqualTo(WatchDecision.Kind.NONE);

        WatchDecision decision = watch.tickAt(120, ERRORS, 8.0);

        assertThat(decision.kind()).isEqualTo(WatchDecision.Kind.ROLLBACK_NOW);
        Trigger trigger = decision.trigger().orElseThrow();
        assertThat(trigger.ruleId()).isEqualTo("errors");
        assertThat(trigger.breachStartedAt()).isEqualTo(FakeClock.START);
        assertThat(trigger.detectedAt()).isEqualTo(FakeClock.START.plusSeconds(120));
        assertThat(trigger.decidedBy()).isEqualTo(Trigger.DecidedBy.RULE);
        assertThat(trigger.valuesSeen()).hasSize(9).first().isEqualTo(new SeenValue(FakeClock.START, "8%"));
        assertThat(trigger.reason())
                .isEqualTo("error rate > 5% for 2m → P0, automatic: 8%, 8%, 8%, 8%, 8%, 8%, 8%, 8%, 8%"
                        + " over 9 sample(s) in 2m");
        assertThat(watch.types())
                .containsSubsequence(
                        EventType.BREACH_STARTED, EventType.BREACH_SUSTAINED, EventType.ROLLBACK_TRIGGERED);
    }

    @Test
    void shouldRestartTheWindowAfterADip() {
        watch.errorsEvery(0, 60, 30, 8);
        watch.tickAt(90, ERRORS, 4.0);

        assertThat(watch.errorsEvery(120, 210, 30, 8).kind())
                .as("the window restarted at 120 s")
                .isEqualTo(WatchDecision.Kind.NONE);
        WatchDecision decision = watch.tickAt(240, ERRORS, 8.0);

        assertThat(decision.kind()).isEqualTo(WatchDecision.Kind.ROLLBACK_NOW);
        assertThat(decision.trigger().orElseThrow().breachStartedAt()).isEqualTo(FakeClock.START.plusSeconds(120));
        assertThat(watch.types())
                .containsExactly(
                        EventType.WATCH_STARTED,
                        EventType.BREACH_STARTED,
                        EventType.BREACH_ENDED,
                        EventType.BREACH_STARTED,
                        EventType.BREACH_SUSTAINED,
                        EventType.ROLLBACK_TRIGGERED);
    }

    @Test
    void shouldKeepTheWindowOpenOverAnIgnoredMissingSample() {
        watch.errorsEvery(0, 30, 30, 8);
        watch.tickAt(60); // no reading: the metric default is IGNORE
        watch.tickAt(90, ERRORS, 8.0);

        WatchDecision decision = watch.tickAt(120, ERRORS, 8.0);

        assertThat(decision.kind()).isEqualTo(WatchDecision.Kind.ROLLBACK_NOW);
        assertThat(decision.trigger().orElseThrow().valuesSeen())
                .as("the missing sample is not a value seen")
                .hasSize(4);
        assertThat(watch.types()).contains(EventType.NO_DATA, EventType.DATA_RESUMED);
    }

    @Test
    void shouldNotCompleteAWindowOnAMissingSample() {
        watch.errorsEvery(0, 90, 30, 8);

        assertThat(watch.tickAt(120).kind())
                .as("no reading at the end of the window")
                .isEqualTo(WatchDecision.Kind.NONE);
        assertThat(watch.tickAt(150, ERRORS, 8.0).kind()).isEqualTo(WatchDecision.Kind.ROLLBACK_NOW);
    }

    @Test
    void shouldResetOrGrowTheWindowOnMissingSamplesAsThePolicySays() {
        Rule healthy = Watch.errorRule("healthy", "> 5%")
                .sustainedFor(TimeSpan.ofSeconds(60))
                .severity(Severity.P0)
                .auto()
                .noData(NoDataPolicy.TREAT_AS_HEALTHY)
                .build();
        Watch resetting = new Watch().start(Watch.rules(healthy), HOUR);
        resetting.tickAt(0, ERRORS, 8.0);
        resetting.tickAt(30);
        assertThat(resetting.tickAt(60, ERRORS, 8.0).kind()).isEqualTo(WatchDecision.Kind.NONE);
        assertThat(resetting.types()).contains(EventType.BREACH_ENDED);

        Rule breach = healthy.toBuilder().noData(NoDataPolicy.TREAT_AS_BREACH).build();
        Watch growing = new Watch().start(Watch.rules(breach), HOUR);
        growing.tickAt(0, ERRORS, 8.0);
        growing.tickAt(30, ERRORS, Observation.error("connection refused"));
        WatchDecision decision = growing.tickAt(60);
        assertThat(decision.kind()).isEqualTo(WatchDecision.Kind.ROLLBACK_NOW);
        assertThat(decision.trigger().orElseThrow().valuesText()).isEqualTo("8%, no data, no data");
    }

    @Test
    void shouldCountConsecutiveFailuresOfAProbe() {
        Rule probe = Rule.builder("health")
                .signal(Signal.health("application health", "application"))
                .when("failing")
                .consecutive(3)
                .severity(Severity.P0)
                .auto()
                .build();
        Watch health = new Watch().start(Watch.rules(probe), HOUR);
        Observation down = Observation.probe(false, "HTTP 503");
        Observation up = Observation.probe(true, "HTTP 200");

        health.tickAt(0, APP, down);
        health.tickAt(10, APP, down);
        health.tickAt(20, APP, up);
        health.tickAt(30, APP, down);
        assertThat(health.tickAt(40, APP, down).kind()).isEqualTo(WatchDecision.Kind.NONE);
        WatchDecision decision = health.tickAt(50, APP, down);

        assertThat(decision.kind()).isEqualTo(WatchDecision.Kind.ROLLBACK_NOW);
        assertThat(decision.trigger().orElseThrow().valuesText()).isEqualTo("failing, failing, failing");
        assertThat(health.eventsOf(EventType.BREACH_STARTED).get(0).message())
                .isEqualTo("health: application health failing (HTTP 503); needs 3 samples in a row");
    }

    @Test
    void shouldRequireBothTheWindowAndTheCount() {
        Rule both = Watch.errorRule("both", "> 5%")
                .sustainedFor(TimeSpan.ofSeconds(10))
                .consecutive(4)
                .severity(Severity.P0)
                .auto()
                .build();
        Watch watchBoth = new Watch().start(Watch.rules(both), HOUR);

        assertThat(watchBoth.errorsEvery(0, 30, 10, 9).kind()).isEqualTo(WatchDecision.Kind.ROLLBACK_NOW);
        assertThat(watchBoth.watcher.ticks()).isEqualTo(4);
    }
}
