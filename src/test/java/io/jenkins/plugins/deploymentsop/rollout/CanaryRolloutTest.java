package io.jenkins.plugins.deploymentsop.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.analysis.CanaryVerdict;
import io.jenkins.plugins.deploymentsop.analysis.Comparison;
import io.jenkins.plugins.deploymentsop.analysis.MetricCheck;
import io.jenkins.plugins.deploymentsop.analysis.MetricSettings;
import io.jenkins.plugins.deploymentsop.analysis.ThresholdCheck;
import io.jenkins.plugins.deploymentsop.analysis.ThresholdJudge;
import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.metrics.MetricSource;
import io.jenkins.plugins.deploymentsop.metrics.QueryVariables;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CanaryRolloutTest {
    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    private static final TrafficSplit BLUE = TrafficSplit.allOn(Color.BLUE);

    private final FakeRouter router = new FakeRouter();
    private final BlueGreenRolloutTest.MutableClock clock = new BlueGreenRolloutTest.MutableClock();
    private final Events events = new Events();
    private final List<Instant> measuredAt = new ArrayList<>();

    /** The canary's error rate as a function of its weight and the time since the start; NaN = no data. */
    private Function<Double, Double> errorRateByWeight = weight -> 0.001;

    private boolean sourceDown;

    /** Records what the rollout reports. */
    static final class Events implements CanaryObserver {
        final List<CanaryStepVerdict> verdicts = new ArrayList<>();
        final List<CanaryQuestion> questions = new ArrayList<>();
        final List<String> answers = new ArrayList<>();
        final List<String> decisions = new ArrayList<>();
        final List<String> phases = new ArrayList<>();

        @Override
        public void phaseStarted(final CanaryPhase phase, final Instant at, final String detail) {
            phases.add(phase + ": " + detail);
        }

        @Override
        public void stepJudged(final CanaryStepVerdict verdict) {
            verdicts.add(verdict);
        }

        @Override
        public void waitingForDecision(final CanaryQuestion question) {
            questions.add(question);
        }

        @Override
        public void decided(
                final CanaryQuestion question,
                final CanaryChoice choice,
                final String userId,
                final String comment,
                final Instant at) {
            answers.add(question.id() + " " + choice + " by " + userId);
        }

        @Override
        public void decision(final String decision, final String reason, final Instant at) {
            decisions.add(decision + ": " + reason);
        }
    }

    /** Answers with the canary's error rate now, or fails like an unreachable server. */
    private final class ErrorRateSource implements MetricSource {
        @Override
        public Measurement measure(final QueryVariables variables) {
            measuredAt.add(clock.now);
            if (sourceDown) {
                return Measurement.error("Cannot reach Prometheus at http://127.0.0.1:9/: Connection refused");
            }
            double rate = errorRateByWeight.apply(router.served.green().doubleValue());
            return Double.isNaN(rate) ? Measurement.noData("empty result") : Measurement.of(clock.now, rate);
        }

        @Override
        public String describe() {
            return "fake error rate";
        }
    }

    private CanaryContext context() {
        CanaryChecks checks = (canary, stable) -> Map.<String, MetricCheck>of(
                "error-rate",
                new ThresholdCheck(
                        "error-rate",
                        new ErrorRateSource().bind(QueryVariables.NONE),
                        ThresholdJudge.of(Comparison.LESS_THAN, 0.01)));
        return new CanaryContext(router, checks, events, clock);
    }

    private static MetricSettings.Builder errorRate() {
        return MetricSettings.builder("error-rate")
                .interval(TimeSpan.ofMinutes(1))
                .count(0)
                .failureLimit(1)
                .consecutiveErrorLimit(2)
                .initialDelay(TimeSpan.ofSeconds(30));
    }

    private static CanaryPlan.Builder plan() {
        return CanaryPlan.builder("shop", "production")
                .metrics(List.of(new CanaryMetric(errorRate().build(), false)));
    }

    /** Ticks until done or until the canary waits for a person, jumping the clock to each requested time. */
    private Tick run(final CanaryRollout rollout) throws InterruptedException {
        CanaryContext context = context();
        Tick tick = rollout.tick(context);
        for (int i = 0; i < 10_000 && !tick.isDone(); i++) {
            if (rollout.phase() == CanaryPhase.WAITING_FOR_DECISION) {
                return tick;
            }
            Instant at = tick.at().orElseThrow();
            if (at.isAfter(clock.now)) {
                clock.now = at;
            }
            tick = rollout.tick(context);
        }
        return tick;
    }

    private static TrafficSplit green(final double weight) {
        return TrafficSplit.withShare(Color.GREEN, Percentage.of(weight));
    }

    private Duration elapsed() {
        return Duration.between(START, clock.now);
    }

    @Test
    void shouldPromoteAHealthyCanaryThroughTheSopStepsInTheMinimumTime() throws InterruptedException {
        CanaryRollout rollout = new CanaryRollout(plan().build());

        assertThat(run(rollout).isDone()).isTrue();

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.PROMOTED);
        assertThat(router.applied).containsExactly(green(10), green(25), green(50), green(100));
        assertThat(router.served).isEqualTo(TrafficSplit.allOn(Color.GREEN));
        assertThat(events.verdicts).extracting(CanaryStepVerdict::verdict).containsOnly(CanaryVerdict.PASS);
        assertThat(events.verdicts)
                .extracting(verdict -> verdict.weight().doubleValue())
                .containsExactly(10.0, 25.0, 50.0, 100.0);
        assertThat(elapsed()).isEqualTo(rollout.plan().minimumPromotionTime().toDuration());
        assertThat(elapsed()).isEqualTo(Duration.ofMinutes(20));
        // sampled once a minute from 30 s after each weight was verified: 5 per step
        assertThat(measuredAt).hasSize(20).contains(START.plusSeconds(30), START.plusSeconds(270));
        assertThat(rollout.reason()).contains("passed all 4 steps", "blue 0% / green 100%");
    }

    @Test
    void shouldAbortABadCanaryAtTheFirstStepAndSendTrafficBackToStable() throws InterruptedException {
        errorRateByWeight = weight -> weight > 0 ? 0.08 : 0.001;
        CanaryRollout rollout = new CanaryRollout(plan().build());

        run(rollout);

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.ROLLED_BACK);
        assertThat(router.applied).containsExactly(green(10), BLUE);
        assertThat(router.served).isEqualTo(BLUE);
        assertThat(events.verdicts).singleElement().satisfies(verdict -> {
            assertThat(verdict.verdict()).isEqualTo(CanaryVerdict.FAIL);
            assertThat(verdict.step()).isEqualTo(1);
        });
        assertThat(rollout.reason())
                .contains("Canary step 1 of 4", "failed (2) > failureLimit (1)", "value 0.08 is not < 0.01")
                .contains("traffic is back on blue: blue 100% / green 0% (verified)");
        assertThat(elapsed())
                .isEqualTo(Duration.ofSeconds(90))
                .isLessThanOrEqualTo(rollout.plan().timeToAbort().toDuration());
    }

    @Test
    void shouldAbortAtTheFirstStepThatSeesTheProblem() throws InterruptedException {
        errorRateByWeight = weight -> weight >= 50 ? 0.05 : 0.001;
        CanaryRollout rollout = new CanaryRollout(plan().build());

        run(rollout);

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.ROLLED_BACK);
        assertThat(router.applied).containsExactly(green(10), green(25), green(50), BLUE);
        assertThat(events.verdicts)
                .extracting(CanaryStepVerdict::verdict)
                .containsExactly(CanaryVerdict.PASS, CanaryVerdict.PASS, CanaryVerdict.FAIL);
    }

    @Test
    void shouldNotAbortForABlipShorterThanTheFailureLimit() throws InterruptedException {
        Instant blip = START.plus(Duration.ofMinutes(6)).plusSeconds(30); // one measurement of step 2
        errorRateByWeight = weight -> clock.now.equals(blip) ? 0.2 : 0.001;
        CanaryRollout rollout = new CanaryRollout(plan().build());

        run(rollout);

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.PROMOTED);
        assertThat(measuredAt).contains(blip);
        assertThat(events.verdicts.get(1).reason()).contains("1 failed");
    }

    @Test
    void shouldAbortWithAClearReasonWhenTheMetricSourceIsDown() throws InterruptedException {
        sourceDown = true;
        CanaryRollout rollout = new CanaryRollout(plan().build());

        run(rollout);

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.ROLLED_BACK);
        assertThat(router.served).isEqualTo(BLUE);
        assertThat(events.verdicts)
                .singleElement()
                .extracting(CanaryStepVerdict::verdict)
                .isEqualTo(CanaryVerdict.ERROR);
        assertThat(rollout.reason())
                .contains("could not be judged", "consecutiveErrors (3) > consecutiveErrorLimit (2)")
                .contains("Connection refused");
        // errors at 30 s, 90 s and 150 s: the third exceeds the limit of 2
        assertThat(elapsed()).isEqualTo(Duration.ofSeconds(150));
    }

    @Test
    void shouldPauseOnAMarginalStepAndGoOnWhenAPersonPromotes() throws InterruptedException {
        errorRateByWeight = weight -> weight <= 10 ? Double.NaN : 0.001;
        CanaryRollout rollout = new CanaryRollout(plan().build());

        run(rollout);

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.WAITING_FOR_DECISION);
        CanaryQuestion question = rollout.pendingQuestion().orElseThrow();
        assertThat(question.kind()).isEqualTo(CanaryQuestion.Kind.MARGINAL);
        assertThat(question.id()).isEqualTo("canary-step-1-marginal");
        assertThat(question.details()).contains("inconclusive (1) > inconclusiveLimit (0)", "30m");
        assertThat(router.served).isEqualTo(green(10));

        clock.now = clock.now.plus(Duration.ofMinutes(3));
        rollout.decide(context(), question.id(), CanaryChoice.PROMOTE, "alice", "checked the dashboards");
        assertThatThrownBy(() -> rollout.decide(context(), question.id(), CanaryChoice.ABORT, "bob", ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no longer pending");
        run(rollout);

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.PROMOTED);
        assertThat(events.answers).containsExactly("canary-step-1-marginal PROMOTE by alice");
        assertThat(router.applied).containsExactly(green(10), green(25), green(50), green(100));
    }

    @Test
    void shouldAbortAMarginalStepWhenNobodyDecidesBeforeTheTimeout() throws InterruptedException {
        errorRateByWeight = weight -> Double.NaN;
        CanaryRollout rollout =
                new CanaryRollout(plan().decisionTimeout(TimeSpan.ofMinutes(10)).build());
        run(rollout);
        Instant asked = clock.now;

        Tick waiting = rollout.tick(context());
        assertThat(waiting.at()).contains(asked.plus(Duration.ofMinutes(10)));
        clock.now = waiting.at().orElseThrow();
        run(rollout);

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.ROLLED_BACK);
        assertThat(router.served).isEqualTo(BLUE);
        assertThat(events.answers).containsExactly("canary-step-1-marginal ABORT by SYSTEM");
        assertThat(rollout.reason()).contains("no decision within 10m: the default is abort", "back on blue");
    }

    @Test
    void shouldAbortAMarginalStepAtOnceWhenConfigured() throws InterruptedException {
        errorRateByWeight = weight -> Double.NaN;
        CanaryRollout rollout =
                new CanaryRollout(plan().onMarginal(CanaryMarginalAction.ABORT).build());

        run(rollout);

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.ROLLED_BACK);
        assertThat(events.questions).isEmpty();
        assertThat(rollout.reason()).contains("was inconclusive", "onMarginal is abort");
    }

    @Test
    void shouldWaitAtAManualGateBeforeRaisingTheWeight() throws InterruptedException {
        CanaryRollout rollout =
                new CanaryRollout(plan().pauseAt(List.of(Percentage.of(50))).build());

        run(rollout);

        CanaryQuestion gate = rollout.pendingQuestion().orElseThrow();
        assertThat(gate.kind()).isEqualTo(CanaryQuestion.Kind.GATE);
        assertThat(gate.step()).isEqualTo(3);
        assertThat(gate.title()).isEqualTo("Raise the canary of shop@production to 50%?");
        assertThat(router.served).isEqualTo(green(25));
        assertThat(elapsed()).isEqualTo(Duration.ofMinutes(10));

        rollout.decide(context(), gate.id(), CanaryChoice.PROMOTE, "alice", "");
        run(rollout);

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.PROMOTED);
        assertThat(events.questions).hasSize(1);
        assertThat(router.applied).containsExactly(green(10), green(25), green(50), green(100));
    }

    @Test
    void shouldAnnounceAGatedWeightOnceWhenItIsSetAfterThePromotion() throws InterruptedException {
        CanaryRollout rollout =
                new CanaryRollout(plan().pauseAt(List.of(Percentage.of(100))).build());
        run(rollout);
        rollout.decide(context(), "canary-step-4-gate", CanaryChoice.PROMOTE, "bob", "");
        run(rollout);

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.PROMOTED);
        assertThat(events.phases)
                .filteredOn(phase -> phase.startsWith("SETTING_WEIGHT: route blue 0% / green 100%"))
                .hasSize(1);
        int gate = events.phases.indexOf(events.phases.stream()
                .filter(phase -> phase.startsWith("WAITING_FOR_DECISION"))
                .findFirst()
                .orElseThrow());
        assertThat(events.phases.subList(gate - 1, gate + 3))
                .extracting(phase -> phase.substring(0, phase.indexOf(':')))
                .containsExactly("BAKING", "WAITING_FOR_DECISION", "SETTING_WEIGHT", "BAKING");
    }

    @Test
    void shouldAskAtAGateOnTheFirstStepWithoutAnnouncingItsWeightFirst() throws InterruptedException {
        CanaryRollout rollout =
                new CanaryRollout(plan().pauseAt(List.of(Percentage.of(10))).build());
        run(rollout);

        assertThat(rollout.pendingQuestion()).isPresent();
        assertThat(router.applied).isEmpty();
        assertThat(events.phases)
                .extracting(phase -> phase.substring(0, phase.indexOf(':')))
                .containsExactly("READ_LIVE", "WAITING_FOR_DECISION");
    }

    @Test
    void shouldAbortAtAManualGateWhenAPersonSaysSo() throws InterruptedException {
        CanaryRollout rollout =
                new CanaryRollout(plan().pauseAt(List.of(Percentage.of(25))).build());
        run(rollout);

        rollout.decide(context(), "canary-step-2-gate", CanaryChoice.ABORT, "bob", "wrong build");
        run(rollout);

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.ROLLED_BACK);
        assertThat(router.applied).containsExactly(green(10), BLUE);
        assertThat(rollout.reason()).contains("Canary aborted at step 2 (10%): bob (wrong build)");
    }

    @Test
    void shouldFreezeTheSplitOnFailureWhenOnFailureIsPause() throws InterruptedException {
        errorRateByWeight = weight -> weight >= 25 ? 0.05 : 0.001;
        CanaryRollout rollout = new CanaryRollout(plan().onFailure(CanaryFailureAction.PAUSE)
                .decisionTimeout(TimeSpan.ofMinutes(15))
                .build());

        run(rollout);
        CanaryQuestion question = rollout.pendingQuestion().orElseThrow();
        assertThat(question.kind()).isEqualTo(CanaryQuestion.Kind.FAILURE);
        assertThat(router.served).isEqualTo(green(25));

        clock.now = question.deadline();
        run(rollout);

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.FAILED);
        assertThat(router.served).isEqualTo(green(25));
        assertThat(router.applied).containsExactly(green(10), green(25));
        assertThat(rollout.reason())
                .contains("Canary step 2 of 4", "no decision within 15m", "stays frozen because onFailure is pause");
    }

    @Test
    void shouldRollBackAFrozenFailureWhenAPersonAborts() throws InterruptedException {
        errorRateByWeight = weight -> 0.05;
        CanaryRollout rollout =
                new CanaryRollout(plan().onFailure(CanaryFailureAction.PAUSE).build());
        run(rollout);

        rollout.decide(context(), "canary-step-1-failure", CanaryChoice.ABORT, "carol", "");
        run(rollout);

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.ROLLED_BACK);
        assertThat(router.served).isEqualTo(BLUE);
    }

    @Test
    void shouldResumeMidBakeAfterASerializationRoundTripWithTheRemainingBakeTime() throws Exception {
        CanaryRollout rollout = new CanaryRollout(plan().build());
        CanaryContext context = context();
        Tick tick = rollout.tick(context);
        while (clock.now.isBefore(START.plus(Duration.ofMinutes(7)))) {
            clock.now = tick.at().orElseThrow().isAfter(clock.now) ? tick.at().orElseThrow() : clock.now;
            tick = rollout.tick(context);
        }
        assertThat(rollout.phase()).isEqualTo(CanaryPhase.BAKING);
        assertThat(rollout.step()).isEqualTo(2);
        Instant bakeEnd = rollout.bakeEnd();

        CanaryRollout restored = roundTrip(rollout);
        clock.now = clock.now.plus(Duration.ofSeconds(40)); // the controller was down for a while
        Tick resumed = restored.resume(context());

        assertThat(resumed.at()).contains(clock.now);
        assertThat(restored.phase()).isEqualTo(CanaryPhase.BAKING);
        assertThat(restored.step()).isEqualTo(2);
        assertThat(restored.bakeEnd()).isEqualTo(bakeEnd);
        assertThat(restored.analysis().orElseThrow().metrics().get(0).counts().measured())
                .isEqualTo(3); // at 5:30, 6:30 and 7:30
        run(restored);
        assertThat(restored.phase()).isEqualTo(CanaryPhase.PROMOTED);
        assertThat(elapsed()).isEqualTo(Duration.ofMinutes(20));
        assertThat(router.applied).containsExactly(green(10), green(25), green(50), green(100));
    }

    @Test
    void shouldRestoreTheLastVerifiedSplitWhenResumingFindsAnotherOne() throws Exception {
        CanaryRollout rollout = new CanaryRollout(plan().build());
        rollout.tick(context());
        rollout.tick(context());
        assertThat(rollout.phase()).isEqualTo(CanaryPhase.BAKING);
        router.served = green(60); // someone changed the router while Jenkins was down

        CanaryRollout restored = roundTrip(rollout);
        restored.resume(context());

        assertThat(router.served).isEqualTo(green(10));
        assertThat(restored.phase()).isEqualTo(CanaryPhase.BAKING);
        assertThat(events.decisions).anyMatch(line -> line.startsWith("restore the last verified split"));
    }

    @Test
    void shouldKeepAnsweredQuestionsAnsweredAcrossARestart() throws Exception {
        CanaryRollout rollout =
                new CanaryRollout(plan().pauseAt(List.of(Percentage.of(25))).build());
        run(rollout);
        rollout.decide(context(), "canary-step-2-gate", CanaryChoice.PROMOTE, "alice", "");

        CanaryRollout restored = roundTrip(rollout);
        restored.resume(context());
        run(restored);

        assertThat(restored.phase()).isEqualTo(CanaryPhase.PROMOTED);
        assertThat(events.questions).hasSize(1);
    }

    @Test
    void shouldFailWithoutTouchingTrafficWhenTheRouterServesAMixedSplit() throws InterruptedException {
        router.served = green(30);
        CanaryRollout rollout = new CanaryRollout(plan().build());

        run(rollout);

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.FAILED);
        assertThat(router.applied).isEmpty();
        assertThat(rollout.reason()).contains("mixed split");
    }

    @Test
    void shouldRollBackWhenTheBuildIsAbortedWhileBaking() throws InterruptedException {
        CanaryRollout rollout = new CanaryRollout(plan().build());
        rollout.tick(context());
        rollout.tick(context());

        Tick tick = rollout.abort(context(), "aborted by admin");
        assertThat(tick.isDone()).isFalse();
        run(rollout);

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.ROLLED_BACK);
        assertThat(router.served).isEqualTo(BLUE);
    }

    @Test
    void shouldChangeNothingInADryRun() throws InterruptedException {
        CanaryRollout rollout = new CanaryRollout(plan().dryRun(true).build());

        run(rollout);

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.PROMOTED);
        assertThat(router.applied).isEmpty();
        assertThat(measuredAt).hasSize(1);
        assertThat(rollout.reason()).startsWith("Dry run:").contains("nothing was changed");
    }

    @Test
    void shouldSkipComparisonMetricsAtOneHundredPercent() throws InterruptedException {
        CanaryRollout rollout = new CanaryRollout(CanaryPlan.builder("shop", "production")
                .metrics(List.of(new CanaryMetric(errorRate().build(), true)))
                .build());

        run(rollout);

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.PROMOTED);
        assertThat(events.verdicts.get(3).run()).isNull();
        assertThat(events.verdicts.get(3).reason()).contains("no metric to judge at 100%");
        assertThat(measuredAt).hasSize(15);
    }

    @Test
    void shouldDocumentTheTimingFormulas() {
        CanaryPlan plan = plan().build();

        assertThat(plan.minimumPromotionTime()).isEqualTo(TimeSpan.ofMinutes(20));
        // initial delay 30 s + interval 1 m × (failure limit 1 + 1)
        assertThat(plan.timeToAbort()).isEqualTo(TimeSpan.ofSeconds(150));
    }

    @Test
    void shouldBakeEachStepForItsOwnTimeAsSop004Does() throws InterruptedException {
        CanaryRollout rollout = new CanaryRollout(plan().steps(
                        List.of(Percentage.of(5), Percentage.of(25), Percentage.of(75), Percentage.HUNDRED))
                .bakeTimes(List.of(
                        TimeSpan.ofMinutes(30), TimeSpan.ofMinutes(60), TimeSpan.ofMinutes(120), TimeSpan.ofMinutes(5)))
                .build());

        assertThat(run(rollout).isDone()).isTrue();

        assertThat(rollout.phase()).isEqualTo(CanaryPhase.PROMOTED);
        assertThat(events.verdicts)
                .extracting(verdict -> Duration.between(verdict.startedAt(), verdict.judgedAt()))
                .containsExactly(
                        Duration.ofMinutes(30), Duration.ofMinutes(60), Duration.ofMinutes(120), Duration.ofMinutes(5));
        assertThat(elapsed()).isEqualTo(Duration.ofMinutes(215));
        assertThat(rollout.plan().minimumPromotionTime()).isEqualTo(TimeSpan.ofMinutes(215));
        assertThat(rollout.plan().toString()).contains("bake 30m, 1h, 2h, 5m");
        assertThat(events.phases).anyMatch(phase -> phase.contains("bake 2h at 75%"));
    }

    @Test
    void shouldNameBakeTimesThatDoNotMatchTheSteps() {
        assertThatThrownBy(() -> plan().bakeTimes(List.of(TimeSpan.ofMinutes(30), TimeSpan.ofMinutes(60)))
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'bakeTimes': '30m, 1h'")
                .hasMessageContaining("one duration per step: 4 for the steps [10%, 25%, 50%, 100%]");
        assertThatThrownBy(() -> plan().bakeTimes(List.of(
                                TimeSpan.ofMinutes(1), TimeSpan.ZERO, TimeSpan.ofMinutes(1), TimeSpan.ofMinutes(1)))
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'bakeTimes'")
                .hasMessageContaining("positive durations");
        assertThat(plan().build().bakeTimesText()).isEqualTo("5m each");
        // the first step's bake time bounds the time to abort
        assertThat(plan().bakeTimes(List.of(
                                TimeSpan.ofMinutes(2),
                                TimeSpan.ofMinutes(60),
                                TimeSpan.ofMinutes(60),
                                TimeSpan.ofMinutes(60)))
                        .build()
                        .timeToAbort())
                .isEqualTo(TimeSpan.ofSeconds(120));
    }

    @Test
    void shouldRejectAGateThatIsNotAStep() {
        assertThatThrownBy(() -> plan().pauseAt(List.of(Percentage.of(30))).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("pauseAt")
                .hasMessageContaining("30%");
        assertThatThrownBy(() -> plan().steps(List.of(Percentage.of(50), Percentage.of(20), Percentage.HUNDRED))
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("steps");
    }

    private static CanaryRollout roundTrip(final CanaryRollout rollout) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(rollout);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (CanaryRollout) in.readObject();
        }
    }
}
