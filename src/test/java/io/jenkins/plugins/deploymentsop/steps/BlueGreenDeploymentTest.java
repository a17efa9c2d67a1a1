package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.rollout.BlueGreenPhase;
import io.jenkins.plugins.deploymentsop.rollout.InMemoryDeploymentLock;
import io.jenkins.plugins.deploymentsop.rollout.Lease;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The deployment as the execution drives it: the body's environment, the lock, restarts, stops, dry runs. */
class BlueGreenDeploymentTest {
    private final RolloutFixture fixture = new RolloutFixture();

    @Test
    void shouldHandTheBodyTheIdleColourItsUrlAndTheLiveColourThenEndOnGreen() throws Exception {
        BlueGreenDeployment deployment = new BlueGreenDeployment(RolloutFixture.step(), "shop » release #42");

        Next end = fixture.drive(deployment, fixture.wiring(DeploymentRecords.NONE));

        assertThat(fixture.bodies)
                .containsExactly(Map.of(
                        "DEPLOY_COLOR", "green",
                        "DEPLOY_LIVE_COLOR", "blue",
                        "DEPLOY_TARGET_URL", RolloutFixture.GREEN));
        assertThat(end.kind()).isEqualTo(Next.Kind.SUCCEED);
        assertThat(end.result())
                .containsEntry("liveColor", "green")
                .containsEntry("previousColor", "blue")
                .containsEntry("outcome", "SUCCEEDED")
                .containsEntry("dryRun", false);
        assertThat(fixture.router.applied)
                .containsExactly(TrafficSplit.of(90, 10), TrafficSplit.of(50, 50), TrafficSplit.allOn(Color.GREEN));
        assertThat(fixture.clock.instant())
                .as("two waits of stepWait and the validation")
                .isEqualTo(RolloutFixture.START.plus(Duration.ofMinutes(4)));
        assertThat(fixture.lock.holder(RolloutFixture.step().key()))
                .as("the lock is released")
                .isEmpty();
    }

    @Test
    void shouldDeployToBlueWhenGreenIsLive() throws Exception {
        fixture.router.served = TrafficSplit.allOn(Color.GREEN);
        BlueGreenDeployment deployment = new BlueGreenDeployment(RolloutFixture.step(), "#42");

        fixture.drive(deployment, fixture.wiring(DeploymentRecords.NONE));

        assertThat(fixture.bodies.get(0))
                .containsEntry("DEPLOY_COLOR", "blue")
                .containsEntry("DEPLOY_LIVE_COLOR", "green")
                .containsEntry("DEPLOY_TARGET_URL", RolloutFixture.BLUE);
    }

    @Test
    void shouldStopWithTrafficUntouchedWhenTheBodyFails() throws Exception {
        fixture.bodyOutcome = Optional.of("script returned exit code 2");
        BlueGreenDeployment deployment = new BlueGreenDeployment(RolloutFixture.step(), "#42");

        Next end = fixture.drive(deployment, fixture.wiring(DeploymentRecords.NONE));

        assertThat(end.kind()).isEqualTo(Next.Kind.FAIL);
        assertThat(end.failure())
                .isEqualTo("The deployment body failed: script returned exit code 2; traffic untouched by this"
                        + " rollout, router serves blue 100% / green 0% (read now)");
        assertThat(fixture.router.applied).isEmpty();
    }

    @Test
    void shouldWaitForTheBodyUntilItsCallbackArrives() throws Exception {
        BlueGreenDeployment deployment = new BlueGreenDeployment(RolloutFixture.step(), "#42");
        RolloutWiring wiring = fixture.wiring(DeploymentRecords.NONE);

        Next first = deployment.next(wiring);
        Next second = deployment.next(wiring);

        assertThat(first.kind()).isEqualTo(Next.Kind.RUN_BODY);
        assertThat(second.kind()).as("a tick while the body runs").isEqualTo(Next.Kind.AWAIT_BODY);
        deployment.bodyFinished(Optional.empty(), false);
        assertThat(deployment.next(wiring).kind()).isEqualTo(Next.Kind.TICK);
        assertThat(deployment.rollout().phase()).isEqualTo(BlueGreenPhase.HEALTH_CHECK);
    }

    @Test
    void shouldSwitchBackAndFailWithTheReasonWhenValidationFails() throws Exception {
        fixture.greenFailsAt = RolloutFixture.START.plus(Duration.ofMinutes(2)).plusSeconds(45);
        BlueGreenDeployment deployment = new BlueGreenDeployment(RolloutFixture.step(), "#42");

        Next end = fixture.drive(deployment, fixture.wiring(DeploymentRecords.NONE));

        assertThat(end.kind()).isEqualTo(Next.Kind.FAIL);
        assertThat(end.failure())
                .startsWith("Validation of green failed after 60s: green 1 of 1 probes unhealthy")
                .endsWith("traffic switched back to blue 100% / green 0% (verified)");
        assertThat(fixture.router.served).isEqualTo(TrafficSplit.allOn(Color.BLUE));
        assertThat(deployment.rollout().phase()).isEqualTo(BlueGreenPhase.ROLLED_BACK);
    }

    @Test
    void shouldLetASecondDeploymentWaitAndSayWhoHoldsTheLock() throws Exception {
        BlueGreenDeployment first = new BlueGreenDeployment(RolloutFixture.step(), "shop » release #41");
        BlueGreenDeployment second = new BlueGreenDeployment(RolloutFixture.step(), "shop » release #42");
        RolloutWiring wiring = fixture.wiring(DeploymentRecords.NONE);

        assertThat(first.next(wiring).kind()).isEqualTo(Next.Kind.RUN_BODY);
        Next waiting = second.next(wiring);
        second.next(wiring);

        assertThat(waiting.kind()).isEqualTo(Next.Kind.TICK);
        assertThat(waiting.delay()).isEqualTo(BlueGreenDeployment.LOCK_RETRY);
        assertThat(fixture.log)
                .as("said once, not at every retry")
                .containsOnlyOnce("waiting for the deployment lock: shop@production is locked by shop » release #41"
                        + " since 2026-11-20T10:00:00Z");

        first.bodyFinished(Optional.empty(), false);
        assertThat(fixture.drive(first, wiring).kind()).isEqualTo(Next.Kind.SUCCEED);
        fixture.router.served = TrafficSplit.allOn(Color.GREEN);
        assertThat(fixture.drive(second, wiring).kind()).isEqualTo(Next.Kind.SUCCEED);
        assertThat(fixture.bodies.get(fixture.bodies.size() - 1)).containsEntry("DEPLOY_COLOR", "blue");
    }

    @Test
    void shouldFailFastNamingTheHolderWhenAsked() throws Exception {
        BlueGreenDeployStep step = RolloutFixture.step();
        step.setFailFast(true);
        RolloutWiring wiring = fixture.wiring(DeploymentRecords.NONE);
        new BlueGreenDeployment(RolloutFixture.step(), "shop » release #41").next(wiring);

        Next second = new BlueGreenDeployment(step, "shop » release #42").next(wiring);

        assertThat(second.kind()).isEqualTo(Next.Kind.FAIL);
        assertThat(second.failure())
                .isEqualTo("Another deployment is running: shop@production is locked by shop » release #41 since"
                        + " 2026-11-20T10:00:00Z; failFast: true stops this one instead of waiting for the lock");
    }

    @Test
    void shouldResumeAfterARestartWhereItWasAndTakeTheLockAgain() throws Exception {
        BlueGreenDeployment deployment = new BlueGreenDeployment(RolloutFixture.step(), "#42");
        RolloutWiring wiring = fixture.wiring(DeploymentRecords.NONE);
        runUntilGreenGets10Percent(deployment, wiring);

        BlueGreenDeployment restored = RolloutFixture.restart(deployment);
        fixture.lock = new InMemoryDeploymentLock(fixture.clock); // the locks lived in the memory of the old JVM
        restored.restarted(fixture.lock);

        assertThat(fixture.lock.holder(RolloutFixture.step().key()))
                .as("taken again in onResume")
                .isPresent();
        assertThat(restored.isResuming()).isTrue();
        Next end = fixture.drive(restored, fixture.wiring(DeploymentRecords.NONE));
        assertThat(end.kind()).isEqualTo(Next.Kind.SUCCEED);
        assertThat(fixture.router.applied)
                .containsExactly(TrafficSplit.of(90, 10), TrafficSplit.of(50, 50), TrafficSplit.allOn(Color.GREEN));
        assertThat(fixture.bodies).as("the body is not run again").isEmpty();
    }

    @Test
    void shouldNotRunTheBodyAgainWhenItWasRunningDuringARestart() throws Exception {
        BlueGreenDeployment deployment = new BlueGreenDeployment(RolloutFixture.step(), "#42");
        assertThat(deployment.next(fixture.wiring(DeploymentRecords.NONE)).kind())
                .isEqualTo(Next.Kind.RUN_BODY);

        BlueGreenDeployment restored = RolloutFixture.restart(deployment);
        fixture.lock = new InMemoryDeploymentLock(fixture.clock);
        restored.restarted(fixture.lock);
        RolloutWiring wiring = fixture.wiring(DeploymentRecords.NONE);

        assertThat(restored.next(wiring).kind()).isEqualTo(Next.Kind.TICK);
        assertThat(restored.next(wiring).kind()).isEqualTo(Next.Kind.AWAIT_BODY);
        restored.bodyFinished(Optional.empty(), false);
        assertThat(fixture.drive(restored, wiring).kind()).isEqualTo(Next.Kind.SUCCEED);
    }

    @Test
    void shouldSendTrafficBackBeforeAStoppedBuildEnds() throws Exception {
        BlueGreenDeployment deployment = new BlueGreenDeployment(RolloutFixture.step(), "#42");
        RolloutWiring wiring = fixture.wiring(DeploymentRecords.NONE);
        runUntilGreenGets10Percent(deployment, wiring);

        deployment.stop(wiring, "the build was stopped", duration -> fixture.clock.advance(duration));

        assertThat(fixture.router.served).isEqualTo(TrafficSplit.allOn(Color.BLUE));
        assertThat(deployment.rollout().reason())
                .isEqualTo("Aborted: the build was stopped; traffic switched back to blue 100% / green 0% (verified)");
        assertThat(fixture.lock.holder(RolloutFixture.step().key())).isEmpty();
    }

    @Test
    void shouldGiveTheLockBackWhenTheSwitchBackOfAStopIsInterrupted() throws Exception {
        BlueGreenDeployment deployment = new BlueGreenDeployment(RolloutFixture.step(), "shop/release#42");
        RolloutWiring wiring = fixture.wiring(DeploymentRecords.NONE);
        runUntilGreenGets10Percent(deployment, wiring);
        List<Duration> waits = new ArrayList<>();
        fixture.router.unreachable = true; // the switch-back waits to try again, and the wait is interrupted

        assertThatThrownBy(() -> deployment.stop(wiring, "the build was stopped", duration -> {
                    waits.add(duration);
                    throw new InterruptedException("the stop's budget is over");
                }))
                .isInstanceOf(InterruptedException.class);

        assertThat(waits).hasSize(1);
        assertThat(fixture.lock.holder(RolloutFixture.step().key())).isEmpty();
    }

    @Test
    void shouldReleaseTheLockItHoldsOnRequestAndNothingElse() throws Exception {
        BlueGreenDeployment deployment = new BlueGreenDeployment(RolloutFixture.step(), "shop/release#42");
        RolloutWiring wiring = fixture.wiring(DeploymentRecords.NONE);
        runUntilGreenGets10Percent(deployment, wiring);

        deployment.release(fixture.lock);
        Lease next = fixture.lock
                .tryAcquire(RolloutFixture.step().key(), "shop/release#43")
                .orElseThrow();
        deployment.release(fixture.lock);

        assertThat(fixture.lock.holder(RolloutFixture.step().key())).contains(next);
    }

    private void runUntilGreenGets10Percent(final BlueGreenDeployment deployment, final RolloutWiring wiring)
            throws InterruptedException {
        for (int i = 0; i < 10 && !fixture.router.served.equals(TrafficSplit.of(90, 10)); i++) {
            if (deployment.next(wiring).kind() == Next.Kind.RUN_BODY) {
                deployment.bodyFinished(Optional.empty(), false);
            }
        }
        assertThat(fixture.router.served).isEqualTo(TrafficSplit.of(90, 10));
        assertThat(deployment.rollout().phase()).isEqualTo(BlueGreenPhase.SWITCHING);
    }

    @Test
    void shouldRunEveryCheckWithoutTouchingTheRouterInADryRun() throws Exception {
        BlueGreenDeployStep step = RolloutFixture.step();
        step.setDryRun(true);
        BlueGreenDeployment deployment = new BlueGreenDeployment(step, "#42");

        Next end = fixture.drive(deployment, fixture.wiring(DeploymentRecords.NONE));

        assertThat(end.kind()).isEqualTo(Next.Kind.SUCCEED);
        assertThat(end.result()).containsEntry("dryRun", true).containsEntry("liveColor", "blue");
        assertThat((String) end.result().get("reason")).startsWith("Dry run: every check passed");
        assertThat(fixture.router.applied).isEmpty();
        assertThat(fixture.bodies).isEmpty();
        assertThat(fixture.log).anyMatch(line -> line.startsWith("dry run of blue-green deployment shop/production"));
    }

    @Test
    void shouldFailWithTheRouterErrorWhenTheLiveColourCannotBeRead() throws Exception {
        fixture.router.unreachable = true;
        BlueGreenDeployment deployment = new BlueGreenDeployment(RolloutFixture.step(), "#42");

        Next end = fixture.drive(deployment, fixture.wiring(DeploymentRecords.NONE));

        assertThat(end.failure())
                .isEqualTo("Cannot read the live colour from router in memory: Cannot reach the router;"
                        + " nothing was changed");
        assertThat(List.of(fixture.lock.holder(RolloutFixture.step().key()))).containsExactly(Optional.empty());
    }
}
