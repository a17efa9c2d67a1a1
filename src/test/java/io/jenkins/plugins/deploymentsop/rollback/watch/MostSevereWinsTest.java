package io.jenkins.plugins.deploymentsop.rollback.watch;

import static io.jenkins.plugins.deploymentsop.rollback.watch.Watch.ERRORS;
import static io.jenkins.plugins.deploymentsop.rollback.watch.Watch.LATENCY;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.rollback.Choice;
import io.jenkins.plugins.deploymentsop.rollback.Rule;
import io.jenkins.plugins.deploymentsop.rollback.RuleSet;
import io.jenkins.plugins.deploymentsop.rollback.Severity;
import io.jenkins.plugins.deploymentsop.rollback.Signal;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import org.junit.jupiter.api.Test;

class MostSevereWinsTest {
    private static final TimeSpan HOUR = TimeSpan.ofMinutes(60);
    private static final Signal P95 = Signal.of("p95", LATENCY, "s");

    @Test
    void shouldRollBackAtOnceOnTheDefaultP0EvenThoughTheP1AlsoBreaches() {
        Watch watch = Watch.defaults(HOUR);

        WatchDecision decision = watch.tickAt(0, ERRORS, 12.0);

        assertThat(decision.kind()).isEqualTo(WatchDecision.Kind.ROLLBACK_NOW);
        assertThat(decision.trigger().orElseThrow().ruleId()).isEqualTo("error-rate-p0");
        assertThat(decision.trigger().orElseThrow().severity()).isEqualTo(Severity.P0);
        assertThat(watch.eventsOf(EventType.BREACH_STARTED))
                .extracting(event -> event.ruleId().orElseThrow())
                .containsExactly("error-rate-p0", "error-rate-p1");
    }

    @Test
    void shouldAskAboutTheDefaultP1BandAfterTwoMinutesBetweenFiveAndTenPercent() {
        Watch watch = Watch.defaults(HOUR);

        assertThat(watch.errorsEvery(0, 90, 30, 7).kind()).isEqualTo(WatchDecision.Kind.NONE);
        WatchDecision decision = watch.tickAt(120, ERRORS, 9.5);

        assertThat(decision.kind()).isEqualTo(WatchDecision.Kind.AWAITING_DECISION);
        PendingDecision pending = decision.pending().orElseThrow();
        assertThat(pending.ruleId()).isEqualTo("error-rate-p1");
        assertThat(pending.deadline()).isEqualTo(FakeClock.START.plusSeconds(120 + 300));
        assertThat(pending.onTimeout()).isEqualTo(Choice.ROLLBACK);
        assertThat(pending.valuesSeen()).extracting(SeenValue::text).containsExactly("7%", "7%", "7%", "7%", "9.5%");
    }

    @Test
    void shouldHandOverFromABandToTheMoreSevereRuleAbove() {
        Rule band = Watch.errorRule("band", "> 5% and <= 10%")
                .severity(Severity.P1)
                .manual(TimeSpan.ofMinutes(5), Choice.ROLLBACK)
                .sustainedFor(TimeSpan.ofSeconds(120))
                .build();
        Watch watch = new Watch().start(Watch.rules(band, Watch.autoErrorRule("above", "> 10%", 0)), HOUR);

        watch.tickAt(0, ERRORS, 7.0);
        WatchDecision decision = watch.tickAt(30, ERRORS, 12.0);

        assertThat(decision.trigger().orElseThrow().ruleId()).isEqualTo("above");
        assertThat(watch.types())
                .containsExactly(
                        EventType.WATCH_STARTED,
                        EventType.BREACH_STARTED,
                        EventType.BREACH_ENDED,
                        EventType.BREACH_STARTED,
                        EventType.BREACH_SUSTAINED,
                        EventType.ROLLBACK_TRIGGERED);
    }

    private static Rule slow(final String id, final Severity severity, final boolean automatic) {
        Rule.Builder builder = Rule.builder(id).signal(P95).when("> 1s").severity(severity);
        return (automatic ? builder.auto() : builder.manual(TimeSpan.ofMinutes(1), Choice.ROLLBACK)).build();
    }

    @Test
    void shouldPreferSeverityThenAutomaticThenRuleOrder() {
        assertThat(winner(Watch.rules(slow("p1-auto", Severity.P1, true), slow("p0-manual", Severity.P0, false))))
                .isEqualTo("p0-manual");
        assertThat(winner(Watch.rules(slow("p0-manual", Severity.P0, false), slow("p0-auto", Severity.P0, true))))
                .isEqualTo("p0-auto");
        assertThat(winner(Watch.rules(slow("p0-first", Severity.P0, true), slow("p0-second", Severity.P0, true))))
                .isEqualTo("p0-first");
        assertThat(winner(Watch.rules(slow("p1-first", Severity.P1, false), slow("p1-second", Severity.P1, false))))
                .isEqualTo("p1-first");
    }

    private static String winner(final RuleSet rules) {
        Watch watch = new Watch().start(rules, HOUR);
        WatchDecision decision = watch.tickAt(0, LATENCY, 3.0);
        return decision.trigger()
                .map(Trigger::ruleId)
                .orElseGet(() -> decision.pending().orElseThrow().ruleId());
    }

    @Test
    void shouldEndAPendingRequestWhenAnAutomaticRuleTriggers() {
        Watch watch = Watch.defaults(HOUR);
        watch.errorsEvery(0, 120, 30, 7);
        assertThat(watch.watcher.phase()).isEqualTo(Phase.AWAITING_DECISION);

        WatchDecision decision = watch.tickAt(150, ERRORS, 7.0, LATENCY, 6.0);

        assertThat(decision.trigger().orElseThrow().ruleId()).isEqualTo("latency-p95-p0");
        assertThat(watch.types()).containsSubsequence(EventType.DECISION_SUPERSEDED, EventType.ROLLBACK_TRIGGERED);
        assertThat(watch.watcher.pendingDecision()).isEmpty();
    }

    @Test
    void shouldReplaceAPendingRequestByAMoreSevereOneKeepingTheEarlierDeadline() {
        Rule p1 = Watch.manualErrorRule("p1", "> 5%", 5, Choice.ROLLBACK);
        Rule p0 = Rule.builder("p0-latency")
                .signal(P95)
                .when("> 5s")
                .severity(Severity.P0)
                .manual(TimeSpan.ofMinutes(15), Choice.KEEP)
                .build();
        Watch watch = new Watch().start(Watch.rules(p1, p0), HOUR);
        watch.tickAt(0, ERRORS, 7.0);

        WatchDecision decision = watch.tickAt(60, ERRORS, 7.0, LATENCY, 6.0);

        PendingDecision pending = decision.pending().orElseThrow();
        assertThat(pending.ruleId()).isEqualTo("p0-latency");
        assertThat(pending.deadline()).isEqualTo(FakeClock.START.plusSeconds(300));
        assertThat(pending.onTimeout()).isEqualTo(Choice.KEEP);
    }

    @Test
    void shouldAskAboutAnEquallySevereBreachOnlyAfterTheFirstDecision() {
        Rule errors = Watch.manualErrorRule("errors", "> 5%", 5, Choice.ROLLBACK);
        Rule slow = Rule.builder("slow")
                .signal(P95)
                .when("> 3s")
                .severity(Severity.P1)
                .manual(TimeSpan.ofMinutes(10), Choice.ROLLBACK)
                .build();
        Watch watch = new Watch().start(Watch.rules(errors, slow), HOUR);

        assertThat(watch.tickAt(0, ERRORS, 7.0, LATENCY, 4.0)
                        .pending()
                        .orElseThrow()
                        .ruleId())
                .isEqualTo("errors");
        watch.record(watch.watcher.decide(Choice.KEEP, "alice", "known noise", FakeClock.START.plusSeconds(20)));
        assertThat(watch.watcher.phase()).isEqualTo(Phase.WATCHING);

        WatchDecision next = watch.tickAt(30, ERRORS, 7.0, LATENCY, 4.0);

        assertThat(next.pending().orElseThrow().ruleId()).isEqualTo("slow");
        assertThat(watch.eventsOf(EventType.DECISION_REQUESTED))
                .extracting(event -> event.ruleId().orElseThrow())
                .containsExactly("errors", "slow");
    }
}
