package io.jenkins.plugins.deploymentsop.rollback.watch;

import static io.jenkins.plugins.deploymentsop.rollback.watch.Watch.ERRORS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.record.Approval;
import io.jenkins.plugins.deploymentsop.rollback.Choice;
import io.jenkins.plugins.deploymentsop.rollback.Severity;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ManualDecisionTest {
    private static final TimeSpan HOUR = TimeSpan.ofMinutes(60);

    private final Watch watch = Watch.defaults(HOUR);

    private PendingDecision breachP1() {
        watch.errorsEvery(0, 120, 30, 7);
        return watch.watcher.pendingDecision().orElseThrow();
    }

    private static Instant at(final long seconds) {
        return FakeClock.START.plusSeconds(seconds);
    }

    @Test
    void shouldShowTheRequestWithItsCountdown() {
        PendingDecision pending = breachP1();

        assertThat(pending.ruleText()).isEqualTo("error rate > 5% for 2m → P1, manual within 5m, then rollback");
        assertThat(pending.severity()).isEqualTo(Severity.P1);
        assertThat(pending.detectedAt()).isEqualTo(at(120));
        assertThat(pending.remaining(at(180))).isEqualTo(Duration.ofMinutes(4));
        assertThat(pending.remaining(at(9999))).isEqualTo(Duration.ZERO);
        assertThat(watch.watcher.nextDeadline()).isEqualTo(at(420));
        assertThat(watch.eventsOf(EventType.DECISION_REQUESTED).get(0).message())
                .startsWith("error-rate-p1: decide by 2026-03-02T10:07:00Z (5m left), then rollback applies;");
    }

    @Test
    void shouldRollBackWhenAPersonSaysSo() {
        breachP1();

        TickResult result = watch.watcher.decide(Choice.ROLLBACK, "alice", "errors on checkout", at(200));

        Trigger trigger = result.decision().trigger().orElseThrow();
        assertThat(trigger.decidedBy()).isEqualTo(Trigger.DecidedBy.PERSON);
        assertThat(trigger.user()).isEqualTo("alice");
        assertThat(trigger.detectedAt()).isEqualTo(at(120));
        assertThat(trigger.decidedAt()).isEqualTo(at(200));
        assertThat(trigger.summary()).endsWith("[decided by alice: errors on checkout]");
        assertThat(result.events())
                .extracting(WatchEvent::type)
                .containsExactly(EventType.DECIDED, EventType.ROLLBACK_TRIGGERED);
        assertThat(watch.watcher.decisions())
                .extracting(RuleDecision::toApproval)
                .containsExactly(new Approval(
                        "rollback-rule:error-rate-p1", "ROLLBACK", "alice", "errors on checkout", at(200)));
    }

    @Test
    void shouldKeepWatchingAfterKeepAndAskAgainOnlyForANewBreach() {
        breachP1();

        TickResult kept = watch.watcher.decide(Choice.KEEP, "bob", "", at(150));

        assertThat(kept.decision().kind()).isEqualTo(WatchDecision.Kind.NONE);
        assertThat(watch.errorsEvery(180, 600, 30, 7).kind())
                .as("the same breach does not ask again")
                .isEqualTo(WatchDecision.Kind.NONE);
        watch.tickAt(630, ERRORS, 1.0);
        watch.errorsEvery(660, 750, 30, 7);
        assertThat(watch.tickAt(780, ERRORS, 7.0).kind())
                .as("a new breach sustained for 2 minutes asks again")
                .isEqualTo(WatchDecision.Kind.AWAITING_DECISION);
        assertThat(watch.watcher.decisions())
                .extracting(RuleDecision::toApproval)
                .extracting(Approval::decision)
                .containsExactly("KEEP");
    }

    @Test
    void shouldApplyTheDefaultAtTheDeadlineOnATick() {
        breachP1();

        assertThat(watch.tickAt(419, ERRORS, 7.0).kind()).isEqualTo(WatchDecision.Kind.AWAITING_DECISION);
        WatchDecision decision = watch.tickAt(420, ERRORS, 7.0);

        Trigger trigger = decision.trigger().orElseThrow();
        assertThat(trigger.decidedBy()).isEqualTo(Trigger.DecidedBy.TIMEOUT);
        assertThat(trigger.user()).isEqualTo(RollbackWatcher.SYSTEM_USER);
        assertThat(watch.types()).containsSubsequence(EventType.DECISION_TIMED_OUT, EventType.ROLLBACK_TRIGGERED);
        assertThat(watch.watcher.decisions()).singleElement().satisfies(decisionMade -> {
            assertThat(decisionMade.isByTimeout()).isTrue();
            assertThat(decisionMade.toApproval().userId()).isEqualTo("SYSTEM");
        });
    }

    @Test
    void shouldApplyTheDefaultBetweenTicks() {
        breachP1();

        watch.clock.at(419);
        assertThat(watch.record(watch.watcher.checkTimers()).kind()).isEqualTo(WatchDecision.Kind.AWAITING_DECISION);
        watch.clock.at(425);
        assertThat(watch.record(watch.watcher.checkTimers()).kind()).isEqualTo(WatchDecision.Kind.ROLLBACK_NOW);
    }

    @Test
    void shouldKeepAtTheDeadlineWhenThatIsTheDefaultAndPassAfterTheWindow() {
        Watch keep = new Watch()
                .start(Watch.rules(Watch.manualErrorRule("errors", "> 5%", 5, Choice.KEEP)), TimeSpan.ofMinutes(3));
        keep.tickAt(0, ERRORS, 7.0);

        WatchDecision decision = keep.tickAt(300, ERRORS, 7.0);

        assertThat(decision.kind())
                .as("window over once the default kept the release")
                .isEqualTo(WatchDecision.Kind.PASSED);
        assertThat(keep.eventsOf(EventType.WATCH_PASSED).get(0).message())
                .isEqualTo("no rollback after 2 tick(s) in 5m; errors kept by SYSTEM");
    }

    @Test
    void shouldWaitForTheDecisionBeyondTheWatchWindow() {
        Watch late = new Watch()
                .start(Watch.rules(Watch.manualErrorRule("errors", "> 5%", 5, Choice.ROLLBACK)), TimeSpan.ofMinutes(1));
        late.tickAt(60, ERRORS, 7.0);

        assertThat(late.watcher.phase()).isEqualTo(Phase.AWAITING_DECISION);
        TickResult kept = late.watcher.decide(Choice.KEEP, "carol", "fine", at(120));
        assertThat(kept.decision().kind()).isEqualTo(WatchDecision.Kind.PASSED);
    }

    @Test
    void shouldRefuseDecisionsWhenNoneIsPendingOrWithoutAUser() {
        assertThatThrownBy(() -> watch.watcher.decide(Choice.ROLLBACK, "alice", "", at(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No decision is pending: the watch is WATCHING");
        breachP1();
        assertThatThrownBy(() -> watch.watcher.decide(Choice.ROLLBACK, " ", "", at(130)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'user'");
        watch.tickAt(420, ERRORS, 7.0);
        assertThatThrownBy(() -> watch.watcher.decide(Choice.KEEP, "late", "", at(421)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ROLLBACK_REQUIRED")
                .hasMessageContaining("no decision in time");
    }

    @Test
    void shouldRollBackOnAPersonsWordWithoutARule() {
        breachP1();

        TickResult result =
                watch.watcher.rollbackByPerson("dave", "security vulnerability CVE-2026-1", Severity.P0, at(130));

        Trigger trigger = result.decision().trigger().orElseThrow();
        assertThat(trigger.ruleId()).isEqualTo(Trigger.PERSON_RULE_ID);
        assertThat(trigger.severity()).isEqualTo(Severity.P0);
        assertThat(trigger.reason()).isEqualTo("rollback started by dave: security vulnerability CVE-2026-1");
        assertThat(result.events())
                .extracting(WatchEvent::type)
                .containsExactly(EventType.DECISION_SUPERSEDED, EventType.ROLLBACK_TRIGGERED);
        assertThatThrownBy(() -> watch.watcher.rollbackByPerson("eve", "again", Severity.P0, at(131)))
                .isInstanceOf(IllegalStateException.class);
    }
}
