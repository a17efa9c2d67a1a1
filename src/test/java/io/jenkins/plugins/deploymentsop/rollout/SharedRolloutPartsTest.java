package io.jenkins.plugins.deploymentsop.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parts both rollout machines share: phase track, verified traffic and the switch back with its retries. */
class SharedRolloutPartsTest {
    private static final TrafficSplit TEN = TrafficSplit.of(90, 10);
    private static final SwitchBack.Words WORDS =
            new SwitchBack.Words("back on blue", "retry", "going back to blue", "traffic back: ");

    private final FakeRouter router = new FakeRouter();
    private final RecordingObserver observer = new RecordingObserver();
    private final BlueGreenRolloutTest.MutableClock clock = new BlueGreenRolloutTest.MutableClock();
    private final RolloutTools<BlueGreenPhase> tools = new RolloutTools<>(router, clock, observer);

    private VerifiedTraffic liveOnBlue() {
        VerifiedTraffic traffic = new VerifiedTraffic();
        assertThat(traffic.readLive(tools, "deploying")).isEmpty();
        return traffic;
    }

    private VerifiedTraffic atTenPercent() throws RouterException {
        VerifiedTraffic traffic = liveOnBlue();
        traffic.apply(tools, TEN, "step 1 of 4");
        return traffic;
    }

    @Test
    void shouldTakeTheColourServingAllTrafficAsLiveAndRefuseAMixedSplit() {
        VerifiedTraffic traffic = liveOnBlue();

        assertThat(traffic.live()).isEqualTo(Color.BLUE);
        assertThat(traffic.servesText()).isEqualTo("router serves blue 100% / green 0%");
        assertThat(observer.events).last().asString().endsWith("verified: live split read from the router");

        router.served = TEN;
        assertThat(new VerifiedTraffic().readLive(tools, "deploying"))
                .contains("The router serves a mixed split (blue 90% / green 10%): an earlier rollout did not finish;"
                        + " send all traffic to one colour before deploying. Nothing was changed");
        router.unreachable = true;
        VerifiedTraffic unread = new VerifiedTraffic();
        assertThat(unread.readLive(tools, "deploying"))
                .contains("Cannot read the live colour from fake router: socket unreachable; nothing was changed");
        assertThat(unread.servesText()).isEqualTo("router not read");
        assertThat(unread.splitText()).isEqualTo("(router not read)");
        assertThatThrownBy(unread::live).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldVouchOnlyForWhatTheRouterReadBack() throws RouterException {
        VerifiedTraffic traffic = liveOnBlue();

        assertThat(traffic.apply(tools, TEN, "step 1 of 4")).isEqualTo(TEN);
        assertThat(traffic.lastVerified()).contains(TEN);

        router.failures.add(RouterException.Outcome.RESTORED);
        assertThatThrownBy(() -> traffic.apply(tools, TrafficSplit.of(50, 50), "step 2 of 4"))
                .isInstanceOf(RouterException.class);
        assertThat(traffic.lastVerified()).contains(TEN);
        assertThat(observer.events)
                .filteredOn(event -> event.contains("step 2"))
                .isEmpty();
    }

    @Test
    void shouldRecogniseAfterARestartTheSplitThatWasBeingApplied() throws RouterException {
        VerifiedTraffic traffic = liveOnBlue();
        VerifiedTraffic[] persisted = new VerifiedTraffic[1];
        router.onApply = () -> persisted[0] = roundTrip(traffic); // the controller stops as the router takes it
        traffic.apply(tools, TEN, "step 1 of 4");

        VerifiedTraffic.Found found = persisted[0].afterRestart(router, Optional.empty());

        assertThat(found.served()).isEqualTo(TEN);
        assertThat(found.verified()).isEqualTo(TrafficSplit.allOn(Color.BLUE));
        assertThat(found.expected()).isTrue();

        router.served = TrafficSplit.of(40, 60);
        VerifiedTraffic.Found surprise = traffic.afterRestart(router, Optional.of(TrafficSplit.of(75, 25)));
        assertThat(surprise.expected()).isFalse();
        assertThat(surprise.surprise())
                .isEqualTo("Resumed after a restart, the router serves blue 40% / green 60% instead of the last"
                        + " verified blue 90% / green 10% or the split being applied blue 75% / green 25%");
    }

    @Test
    void shouldSayWhichSplitWasBeingAppliedWhenTheRouterCannotBeReadAfterARestart() {
        VerifiedTraffic traffic = liveOnBlue();
        VerifiedTraffic[] persisted = new VerifiedTraffic[1];
        router.onApply = () -> persisted[0] = roundTrip(traffic);
        router.failures.add(RouterException.Outcome.NOTHING_CHANGED);
        assertThatThrownBy(() -> traffic.apply(tools, TEN, "step 1 of 4")).isInstanceOf(RouterException.class);
        router.unreachable = true;

        assertThatThrownBy(() -> persisted[0].afterRestart(router, Optional.empty()))
                .isInstanceOf(RouterException.class)
                .satisfies(exception -> assertThat(persisted[0].unreadableAfterRestart((RouterException) exception))
                        .isEqualTo("Resumed after a restart but cannot read the router: socket unreachable;"
                                + " nothing was changed; the last verified split was blue 100% / green 0% and"
                                + " blue 90% / green 10% was being applied, what it serves now is UNKNOWN: check the"
                                + " router"));
        assertThat(traffic.unreadableAfterRestart(RouterException.nothingChanged("down")))
                .as("a failed apply leaves nothing in flight")
                .isEqualTo("Resumed after a restart but cannot read the router: down; nothing was changed; the last"
                        + " verified split was blue 100% / green 0%, what it serves now is UNKNOWN: check the router");
    }

    @Test
    void shouldRestoreTheLastVerifiedSplitAndAdoptOnlyWhatChanged() throws RouterException {
        VerifiedTraffic traffic = atTenPercent();
        router.served = TrafficSplit.of(40, 60);

        assertThat(traffic.restore(tools, "someone changed it", "restored")).isEqualTo(TEN);
        assertThat(router.served).isEqualTo(TEN);
        assertThat(observer.events)
                .anyMatch(event -> event.endsWith(
                        "decision restore the last verified split blue 90% / green 10%: someone changed it"));

        int events = observer.events.size();
        traffic.adopt(tools, TEN, "found");
        assertThat(observer.events).hasSize(events);
        traffic.adopt(tools, TrafficSplit.of(75, 25), "found");
        assertThat(traffic.lastVerified()).contains(TrafficSplit.of(75, 25));
        assertThat(observer.events).last().asString().endsWith("verified: found");
    }

    @Test
    void shouldSwitchBackWhenDueAndRetryUntilTheAttemptsAreUsedUp() throws RouterException {
        VerifiedTraffic traffic = atTenPercent();
        SwitchBack switchBack = new SwitchBack();
        Instant start = clock.now;
        switchBack.start("validation failed", start);
        router.failures.add(RouterException.Outcome.RESTORED);
        router.failures.add(RouterException.Outcome.RESTORED);
        router.failures.add(RouterException.Outcome.RESTORED);

        SwitchBack.Result first = switchBack.attempt(tools, traffic, 3, TimeSpan.ofSeconds(5), WORDS);
        assertThat(first.retryAt()).contains(start.plusSeconds(5));
        assertThat(observer.events).last().asString().contains("decision retry: attempt 1 of 3 failed: apply of");

        clock.now = start.plusSeconds(4);
        assertThat(switchBack
                        .attempt(tools, traffic, 3, TimeSpan.ofSeconds(5), WORDS)
                        .retryAt())
                .as("not due yet: no attempt")
                .contains(start.plusSeconds(5));
        assertThat(router.failures).hasSize(2);

        clock.now = start.plusSeconds(5);
        switchBack.attempt(tools, traffic, 3, TimeSpan.ofSeconds(5), WORDS);
        clock.now = start.plusSeconds(10);
        SwitchBack.Result last = switchBack.attempt(tools, traffic, 3, TimeSpan.ofSeconds(5), WORDS);

        assertThat(last.retryAt()).isEmpty();
        assertThat(last.back()).isFalse();
        assertThat(last.outcome())
                .isEqualTo("validation failed; going back to blue failed 3 times, last: apply of blue 100% / green 0%"
                        + " failed (RESTORED); the router still serves blue 90% / green 10%");
    }

    @Test
    void shouldSayTheSplitIsUnknownWhenTheLastAttemptLeftItSo() throws RouterException {
        VerifiedTraffic traffic = atTenPercent();
        SwitchBack switchBack = new SwitchBack();
        switchBack.start("aborted", clock.now);
        router.failures.add(RouterException.Outcome.UNKNOWN);

        SwitchBack.Result result = switchBack.attempt(tools, traffic, 1, TimeSpan.ofSeconds(5), WORDS);

        assertThat(result.outcome()).endsWith("; the traffic split is UNKNOWN");
        assertThat(VerifiedTraffic.unknownNote(new RouterException("x", RouterException.Outcome.UNKNOWN)))
                .isEqualTo("; the traffic split is UNKNOWN");
        assertThat(VerifiedTraffic.unknownNote(RouterException.nothingChanged("x")))
                .isEmpty();
    }

    @Test
    void shouldStartTheSwitchBackOverAfterASuccess() throws RouterException {
        VerifiedTraffic traffic = atTenPercent();
        SwitchBack switchBack = new SwitchBack();
        switchBack.start("first", clock.now);
        router.failures.add(RouterException.Outcome.NOTHING_CHANGED);
        switchBack.attempt(tools, traffic, 2, TimeSpan.ofSeconds(5), WORDS);
        clock.now = clock.now.plus(Duration.ofSeconds(5));

        SwitchBack.Result result = switchBack.attempt(tools, traffic, 2, TimeSpan.ofSeconds(5), WORDS);

        assertThat(result.back()).isTrue();
        assertThat(result.outcome()).isEqualTo("first; traffic back: blue 100% / green 0% (verified)");
        assertThat(observer.events).last().asString().endsWith("verified: back on blue");
    }

    @Test
    void shouldReportEachPhaseFinishingBeforeTheNextStarts() {
        PhaseTrack<BlueGreenPhase> phases = new PhaseTrack<>(BlueGreenPhase.READ_LIVE);
        int[] asked = {0};

        assertThat(phases.startOnce(tools, () -> "read " + ++asked[0])).isTrue();
        assertThat(phases.startOnce(tools, () -> "read " + ++asked[0])).isFalse();
        assertThat(asked[0]).as("the detail is built once").isEqualTo(1);
        phases.moveTo(tools, BlueGreenPhase.DEPLOYING, "blue is live", "deploy to green");
        assertThatThrownBy(() -> phases.require(BlueGreenPhase.HEALTH_CHECK))
                .hasMessage("Expected phase HEALTH_CHECK but the rollout is in DEPLOYING");
        assertThat(phases.reason()).isEmpty();
        assertThat(phases.end(tools, BlueGreenPhase.FAILED, "stop", "the body failed")
                        .isDone())
                .isTrue();

        assertThat(phases.current()).isEqualTo(BlueGreenPhase.FAILED);
        assertThat(phases.reason()).isEqualTo("the body failed");
        assertThat(observer.started)
                .containsExactly(BlueGreenPhase.READ_LIVE, BlueGreenPhase.DEPLOYING, BlueGreenPhase.FAILED);
        assertThat(observer.events)
                .extracting(event -> event.substring(event.indexOf(' ') + 1))
                .containsExactly(
                        "started READ_LIVE: read 1",
                        "finished READ_LIVE: blue is live",
                        "started DEPLOYING: deploy to green",
                        "decision stop: the body failed",
                        "finished DEPLOYING: the body failed",
                        "started FAILED: the body failed");
    }

    private static VerifiedTraffic roundTrip(final VerifiedTraffic traffic) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(traffic);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (VerifiedTraffic) in.readObject();
            }
        } catch (IOException | ClassNotFoundException exception) {
            throw new IllegalStateException(exception);
        }
    }
}
