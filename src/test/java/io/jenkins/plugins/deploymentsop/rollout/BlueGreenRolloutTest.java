package io.jenkins.plugins.deploymentsop.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.health.HealthReport;
import io.jenkins.plugins.deploymentsop.health.ProbeResult;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class BlueGreenRolloutTest {
    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private final FakeRouter router = new FakeRouter();
    private final RecordingObserver observer = new RecordingObserver();
    private final MutableClock clock = new MutableClock();
    private final Map<Color, Boolean> healthy = new EnumMap<>(Map.of(Color.BLUE, true, Color.GREEN, true));
    private final List<Instant> healthChecks = new ArrayList<>();
    private ValidationHook validation = ValidationHook.NONE;

    static final class MutableClock extends Clock {
        Instant now = START;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(final ZoneId zone) {
            return this;
        }
    }

    private HealthReport check(final Color color) {
        healthChecks.add(clock.now);
        boolean ok = healthy.get(color);
        return new HealthReport(List.of(new ProbeResult(
                "GET http://" + color + "/health",
                ok,
                1,
                ok ? 1 : 0,
                Duration.ofMillis(3),
                Duration.ofMillis(3),
                ok ? "" : "status 503",
                ok ? "healthy" : "unhealthy: status 503")));
    }

    private RolloutContext context() {
        return new RolloutContext(router, this::check, context -> validation.evaluate(context), observer, clock);
    }

    private static BlueGreenPlan.Builder plan() {
        return BlueGreenPlan.builder("shop", "production")
                .trafficSteps(List.of(Percentage.of(10), Percentage.of(25), Percentage.of(50), Percentage.HUNDRED))
                .stepWait(TimeSpan.ofMinutes(1))
                .validateFor(TimeSpan.ofMinutes(5))
                .validationInterval(TimeSpan.ofSeconds(30));
    }

    /** Drives the machine like the step glue: runs the body when asked, advances the clock to each tick. */
    private BlueGreenPhase drive(final BlueGreenRollout rollout, final boolean bodySucceeds)
            throws InterruptedException {
        Tick tick = rollout.tick(context());
        for (int i = 0; i < 1000 && !tick.isDone(); i++) {
            if (tick.kind() == Tick.Kind.RUN_BODY) {
                tick = bodySucceeds ? rollout.bodySucceeded(context()) : rollout.bodyFailed(context(), "exit 1");
            } else {
                Instant at = tick.at().orElseThrow();
                if (at.isAfter(clock.now)) {
                    clock.now = at;
                }
                tick = rollout.tick(context());
            }
        }
        assertThat(tick.isDone()).as("the rollout ends").isTrue();
        return rollout.phase();
    }

    @Test
    void shouldSwitchStepByStepValidateAndSucceed() throws InterruptedException {
        BlueGreenRollout rollout = new BlueGreenRollout(plan().build());

        assertThat(drive(rollout, true)).isEqualTo(BlueGreenPhase.SUCCEEDED);

        assertThat(router.applied)
                .containsExactly(
                        TrafficSplit.of(90, 10),
                        TrafficSplit.of(75, 25),
                        TrafficSplit.of(50, 50),
                        TrafficSplit.allOn(Color.GREEN));
        assertThat(observer.started)
                .containsExactly(
                        BlueGreenPhase.READ_LIVE,
                        BlueGreenPhase.DEPLOYING,
                        BlueGreenPhase.HEALTH_CHECK,
                        BlueGreenPhase.SWITCHING,
                        BlueGreenPhase.VALIDATING,
                        BlueGreenPhase.SUCCEEDED);
        // three waits of 1 minute, then 5 minutes of validation
        assertThat(clock.now).isEqualTo(START.plus(Duration.ofMinutes(8)));
        // before the switch, after each of the three waits, none during validation (hook is NONE)
        assertThat(healthChecks).hasSize(4);
        assertThat(rollout.liveColorNow()).contains(Color.GREEN);
        assertThat(rollout.previousColor()).contains(Color.BLUE);
        assertThat(rollout.reason()).startsWith("green serves 100% (verified) and passed validation for 5m");
        assertThat(observer.events)
                .anyMatch(event -> event.contains("traffic blue 90% / green 10% verified: step 1 of 4"));
    }

    @Test
    void shouldProvideTheBodyEnvironment() throws InterruptedException {
        router.served = TrafficSplit.allOn(Color.GREEN);
        BlueGreenRollout rollout = new BlueGreenRollout(plan().build());

        assertThat(rollout.tick(context()).kind()).isEqualTo(Tick.Kind.RUN_BODY);
        assertThat(rollout.bodyEnvironment())
                .containsEntry("DEPLOY_COLOR", "blue")
                .containsEntry("DEPLOY_LIVE_COLOR", "green");
    }

    @Test
    void shouldStopWithTrafficUntouchedWhenTheBodyFails() throws InterruptedException {
        BlueGreenRollout rollout = new BlueGreenRollout(plan().build());

        assertThat(drive(rollout, false)).isEqualTo(BlueGreenPhase.FAILED);
        assertThat(router.applied).isEmpty();
        assertThat(rollout.reason())
                .isEqualTo("The deployment body failed: exit 1; traffic untouched by this rollout, router serves"
                        + " blue 100% / green 0% (read now)");
    }

    /** Runs the rollout to its body, lets the body do something to the router, then reports it failed. */
    private void failInTheBody(final BlueGreenRollout rollout, final Runnable body) throws InterruptedException {
        Tick tick = rollout.tick(context());
        for (int i = 0; i < 10 && tick.kind() != Tick.Kind.RUN_BODY; i++) {
            tick = rollout.tick(context());
        }
        body.run();
        assertThat(rollout.bodyFailed(context(), "canaryPromote shop@production: traffic is back on blue")
                        .isDone())
                .isTrue();
    }

    @Test
    void shouldSayWhatTheRouterServesWhenTheBlockFailsAfterItMovedTrafficItself() throws InterruptedException {
        BlueGreenRollout rollout = new BlueGreenRollout(plan().build());

        failInTheBody(rollout, () -> router.served = TrafficSplit.allOn(Color.GREEN)); // a canary promoted, then

        assertThat(rollout.reason())
                .endsWith("traffic untouched by this rollout, but the router serves blue 0% / green 100% now,"
                        + " not blue 100% / green 0% as at the start: the deployment body changed it");
        assertThat(rollout.lastVerifiedSplit()).contains(TrafficSplit.allOn(Color.GREEN));
        assertThat(rollout.liveColorNow()).contains(Color.GREEN);
        assertThat(observer.events)
                .anyMatch(event ->
                        event.endsWith("traffic blue 0% / green 100% verified: read when the rollout stopped"));
        assertThat(router.applied).isEmpty();
    }

    @Test
    void shouldSayWhenTheRouterCannotBeReadAfterTheBlockFailed() throws InterruptedException {
        BlueGreenRollout rollout = new BlueGreenRollout(plan().build());

        failInTheBody(rollout, () -> router.unreachable = true);

        assertThat(rollout.reason())
                .endsWith("traffic untouched by this rollout; the router cannot be read now (socket unreachable;"
                        + " nothing was changed), it served blue 100% / green 0% at the start");
    }

    @Test
    void shouldStopWithTrafficUntouchedWhenTheNewColourIsUnhealthy() throws InterruptedException {
        healthy.put(Color.GREEN, false);
        BlueGreenRollout rollout = new BlueGreenRollout(plan().build());

        assertThat(drive(rollout, true)).isEqualTo(BlueGreenPhase.FAILED);
        assertThat(router.applied).isEmpty();
        assertThat(rollout.reason())
                .startsWith("green is unhealthy: ")
                .contains("status 503")
                .endsWith("traffic untouched by this rollout, router serves blue 100% / green 0% (read now)");
    }

    @Test
    void shouldSwitchBackWhenValidationFails() throws InterruptedException {
        validation = context -> context.elapsed().compareTo(Duration.ofMinutes(2)) >= 0
                ? ValidationVerdict.fail("error rate 7.1% > 5% for 2m")
                : ValidationVerdict.pass("error rate 0.2%");
        BlueGreenRollout rollout = new BlueGreenRollout(plan().build());

        assertThat(drive(rollout, true)).isEqualTo(BlueGreenPhase.ROLLED_BACK);

        assertThat(router.applied).last().isEqualTo(TrafficSplit.allOn(Color.BLUE));
        assertThat(rollout.liveColorNow()).contains(Color.BLUE);
        assertThat(rollout.reason())
                .isEqualTo("Validation of green failed after 120s: error rate 7.1% > 5% for 2m;"
                        + " traffic switched back to blue 100% / green 0% (verified)");
        assertThat(observer.started).endsWith(BlueGreenPhase.SWITCHING_BACK, BlueGreenPhase.ROLLED_BACK);
    }

    @Test
    void shouldValidateWithHealthProbes() throws InterruptedException {
        validation = new HealthValidationHook(this::check);
        BlueGreenRollout rollout = new BlueGreenRollout(
                plan().trafficSteps(List.of(Percentage.HUNDRED)).build());
        Tick tick = rollout.tick(context());
        tick = rollout.bodySucceeded(context());
        while (rollout.phase() != BlueGreenPhase.VALIDATING) {
            tick = rollout.tick(context());
        }
        healthy.put(Color.GREEN, false);

        assertThat(drive(rollout, true)).isEqualTo(BlueGreenPhase.ROLLED_BACK);
        assertThat(rollout.reason()).contains("Validation of green failed after 0s: green 1 of 1 probes unhealthy");
        assertThat(tick).isNotNull();
    }

    @Test
    void shouldSwitchBackWhenAStepHealthCheckFails() throws InterruptedException {
        BlueGreenRollout rollout = new BlueGreenRollout(plan().build());
        driveWhile(rollout, () -> router.applied.size() < 2);
        healthy.put(Color.GREEN, false);

        assertThat(drive(rollout, true)).isEqualTo(BlueGreenPhase.ROLLED_BACK);
        assertThat(rollout.reason()).startsWith("green became unhealthy at 25% (step 2 of 4)");
        assertThat(router.served).isEqualTo(TrafficSplit.allOn(Color.BLUE));
    }

    @Test
    void shouldSwitchBackWhenTheRouterFailsAStep() throws InterruptedException {
        router.failures.add(RouterException.Outcome.RESTORED);
        BlueGreenRollout rollout = new BlueGreenRollout(plan().build());

        assertThat(drive(rollout, true)).isEqualTo(BlueGreenPhase.ROLLED_BACK);
        assertThat(rollout.reason()).startsWith("Routing blue 90% / green 10% (step 1 of 4) failed: apply of");
    }

    /** Validation of green fails at once; then the next switch-back attempts fail as given. */
    private BlueGreenRollout switchingBackThrough(final RouterException.Outcome... failures)
            throws InterruptedException {
        validation = context -> ValidationVerdict.fail("p95 3.4s > 3s");
        BlueGreenRollout rollout = new BlueGreenRollout(
                plan().trafficSteps(List.of(Percentage.HUNDRED)).build());
        drivePast(rollout, BlueGreenPhase.VALIDATING);
        router.failures.addAll(List.of(failures));
        return rollout;
    }

    @Test
    void shouldRetryTheSwitchBackAndFailLoudlyWhenItNeverWorks() throws InterruptedException {
        BlueGreenRollout rollout = switchingBackThrough(
                RouterException.Outcome.RESTORED, RouterException.Outcome.RESTORED, RouterException.Outcome.UNKNOWN);

        assertThat(drive(rollout, true)).isEqualTo(BlueGreenPhase.FAILED);
        assertThat(rollout.reason())
                .startsWith("Validation of green failed after 0s: p95 3.4s > 3s; switching back to blue failed 3 times")
                .endsWith("the traffic split is UNKNOWN");
        assertThat(observer.events)
                .filteredOn(event -> event.contains("retry the switch back"))
                .hasSize(2);
    }

    @Test
    void shouldSayWhatTheRouterStillServesWhenTheSwitchBackNeverWorksButLeavesItIntact() throws InterruptedException {
        BlueGreenRollout rollout = switchingBackThrough(
                RouterException.Outcome.RESTORED, RouterException.Outcome.RESTORED, RouterException.Outcome.RESTORED);

        assertThat(drive(rollout, true)).isEqualTo(BlueGreenPhase.FAILED);
        assertThat(rollout.reason()).endsWith("(RESTORED); the router still serves blue 0% / green 100%");
    }

    @Test
    void shouldSucceedOnTheSecondSwitchBackAttempt() throws InterruptedException {
        BlueGreenRollout rollout = switchingBackThrough(RouterException.Outcome.NOTHING_CHANGED);

        assertThat(drive(rollout, true)).isEqualTo(BlueGreenPhase.ROLLED_BACK);
        assertThat(router.served).isEqualTo(TrafficSplit.allOn(Color.BLUE));
    }

    @Test
    void shouldRefuseToStartOnAMixedSplitOrAnUnreachableRouter() throws InterruptedException {
        router.served = TrafficSplit.of(75, 25);
        BlueGreenRollout mixed = new BlueGreenRollout(plan().build());
        assertThat(drive(mixed, true)).isEqualTo(BlueGreenPhase.FAILED);
        assertThat(mixed.reason())
                .contains("mixed split (blue 75% / green 25%)")
                .endsWith("Nothing was changed");

        router.unreachable = true;
        BlueGreenRollout unreachable = new BlueGreenRollout(plan().build());
        assertThat(drive(unreachable, true)).isEqualTo(BlueGreenPhase.FAILED);
        assertThat(unreachable.reason()).startsWith("Cannot read the live colour from fake router: socket unreachable");
        assertThat(router.applied).isEmpty();
    }

    @Test
    void shouldRunEveryCheckInADryRunWithoutTouchingTheRouter() throws InterruptedException {
        validation = new HealthValidationHook(this::check);
        BlueGreenRollout rollout = new BlueGreenRollout(plan().dryRun(true).build());

        Tick first = rollout.tick(context());
        assertThat(first.kind()).isEqualTo(Tick.Kind.TICK_AT);
        assertThat(drive(rollout, true)).isEqualTo(BlueGreenPhase.SUCCEEDED);

        assertThat(router.applied).isEmpty();
        assertThat(healthChecks).hasSize(5);
        assertThat(clock.now).isEqualTo(START);
        assertThat(rollout.reason())
                .isEqualTo(
                        "Dry run: every check passed; would have switched router serves blue 100% / green 0% to"
                                + " blue 0% / green 100% through [10%, 25%, 50%, 100%] and validated for 5m; nothing was changed");
        assertThat(observer.events).anyMatch(event -> event.contains("dry run: would route blue 75% / green 25%"));
    }

    @Test
    void shouldReportAFailingDryRunWithoutTouchingTheRouter() throws InterruptedException {
        healthy.put(Color.GREEN, false);
        BlueGreenRollout rollout = new BlueGreenRollout(plan().dryRun(true).build());

        assertThat(drive(rollout, true)).isEqualTo(BlueGreenPhase.FAILED);
        assertThat(router.applied).isEmpty();
        assertThat(rollout.reason()).startsWith("green is unhealthy");
    }

    @Test
    void shouldResumeAfterARestartWhereItWas() throws Exception {
        BlueGreenRollout rollout = new BlueGreenRollout(plan().build());
        drivePast(rollout, BlueGreenPhase.VALIDATING);
        Instant validationStarted = clock.now;
        rollout.tick(context());

        BlueGreenRollout restored = roundTrip(rollout);
        clock.now = clock.now.plus(Duration.ofSeconds(10));
        Tick tick = restored.resume(context());

        assertThat(tick.at()).contains(clock.now);
        assertThat(restored.phase()).isEqualTo(BlueGreenPhase.VALIDATING);
        assertThat(restored.tick(context()).at()).contains(validationStarted.plus(Duration.ofSeconds(30)));
        assertThat(drive(restored, true)).isEqualTo(BlueGreenPhase.SUCCEEDED);
        assertThat(clock.now).isEqualTo(validationStarted.plus(Duration.ofMinutes(5)));
    }

    @Test
    void shouldAcceptTheSplitThatWasBeingAppliedWhenTheControllerStopped() throws Exception {
        BlueGreenRollout rollout = new BlueGreenRollout(plan().build());
        drivePast(rollout, BlueGreenPhase.SWITCHING);
        BlueGreenRollout restored = roundTrip(rollout);
        router.served = TrafficSplit.of(90, 10);

        restored.resume(context());

        assertThat(restored.lastVerifiedSplit()).contains(TrafficSplit.of(90, 10));
        assertThat(drive(restored, true)).isEqualTo(BlueGreenPhase.SUCCEEDED);
    }

    @Test
    void shouldRestoreTheLastVerifiedSplitWhenTheRouterServesSomethingUnexpectedAfterARestart() throws Exception {
        BlueGreenRollout rollout = new BlueGreenRollout(plan().build());
        driveWhile(rollout, () -> router.applied.size() < 2);
        BlueGreenRollout restored = roundTrip(rollout);
        router.served = TrafficSplit.of(40, 60);

        assertThat(restored.resume(context()).isDone()).isTrue();

        assertThat(restored.phase()).isEqualTo(BlueGreenPhase.FAILED);
        assertThat(router.served).isEqualTo(TrafficSplit.of(75, 25));
        assertThat(restored.reason())
                .isEqualTo("Resumed after a restart, the router serves blue 40% / green 60% instead of the last"
                        + " verified blue 75% / green 25%; restored the last verified split blue 75% / green 25%"
                        + " (verified)");
    }

    @Test
    void shouldSayTheSplitIsUnknownWhenTheRouterCannotBeReadAfterARestart() throws Exception {
        BlueGreenRollout rollout = new BlueGreenRollout(plan().build());
        drivePast(rollout, BlueGreenPhase.VALIDATING);
        router.unreachable = true;

        BlueGreenRollout restored = roundTrip(rollout);
        assertThat(restored.resume(context()).isDone()).isTrue();
        assertThat(restored.reason()).contains("cannot read the router").contains("UNKNOWN");
    }

    @Test
    void shouldSwitchBackWhenAbortedAfterTrafficMoved() throws InterruptedException {
        BlueGreenRollout rollout = new BlueGreenRollout(plan().build());
        drivePast(rollout, BlueGreenPhase.SWITCHING);
        rollout.tick(context());

        rollout.abort(context(), "aborted by admin");
        assertThat(drive(rollout, true)).isEqualTo(BlueGreenPhase.ROLLED_BACK);
        assertThat(router.served).isEqualTo(TrafficSplit.allOn(Color.BLUE));
        assertThat(rollout.reason()).startsWith("Aborted: aborted by admin");
    }

    @Test
    void shouldRejectInvalidPlans() {
        assertThatThrownBy(() -> plan().trafficSteps(List.of(Percentage.of(10), Percentage.of(50)))
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'trafficSteps'")
                .hasMessageContaining("'10%, 50%'")
                .hasMessageContaining("end with 100");
        assertThatThrownBy(() -> plan().trafficSteps(List.of(Percentage.of(50), Percentage.of(25), Percentage.HUNDRED))
                        .build())
                .hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> BlueGreenPlan.builder("shop api", "prod").build())
                .hasMessageContaining("'service'");
    }

    @Test
    void shouldNotAcceptBodyReportsOutsideTheDeployingPhase() {
        BlueGreenRollout rollout = new BlueGreenRollout(plan().build());
        assertThatThrownBy(() -> rollout.bodySucceeded(context())).hasMessageContaining("Expected phase DEPLOYING");
    }

    private void drivePast(final BlueGreenRollout rollout, final BlueGreenPhase phase) throws InterruptedException {
        driveWhile(rollout, () -> rollout.phase() != phase);
        assertThat(rollout.phase()).isEqualTo(phase);
    }

    /** Ticks (at most 100 times) while the condition holds, running the body and moving the clock as asked. */
    private void driveWhile(final BlueGreenRollout rollout, final BooleanSupplier condition)
            throws InterruptedException {
        for (int i = 0; i < 100 && condition.getAsBoolean(); i++) {
            Tick tick = rollout.tick(context());
            if (tick.kind() == Tick.Kind.RUN_BODY) {
                rollout.bodySucceeded(context());
            } else if (tick.at().isPresent() && tick.at().get().isAfter(clock.now)) {
                clock.now = tick.at().get();
            }
        }
    }

    private static BlueGreenRollout roundTrip(final BlueGreenRollout rollout)
            throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(rollout);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (BlueGreenRollout) in.readObject();
        }
    }
}
