package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.rollout.InMemoryDeploymentLock;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.NginxMode;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.ColorApp;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.HaproxyServer;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.NginxServer;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.TrafficSample;
import io.jenkins.plugins.deploymentsop.util.LocalCommandRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The step as a Jenkinsfile writes it, against a real HAProxy and a real nginx with two loopback apps as blue and
 * green: parameters become routers and probes that run "on the agent" (serialized calls in this JVM), commands go
 * through the launcher runner, and the deployment switches, validates and switches back for real.
 */
class BlueGreenDeployStepITest {
    @TempDir
    Path dir;

    private ColorApp blue;
    private ColorApp green;
    private final List<String> log = new ArrayList<>();
    private final List<Map<String, String>> bodies = new ArrayList<>();

    @BeforeEach
    void startApps() throws Exception {
        blue = ColorApp.start(Color.BLUE);
        green = ColorApp.start(Color.GREEN);
    }

    @AfterEach
    void stopApps() {
        blue.close();
        green.close();
    }

    private BlueGreenDeployStep step(final RouterConfiguration router) {
        BlueGreenDeployStep step = new BlueGreenDeployStep("shop", "production", router, blue.url(), green.url());
        HttpHealthCheck health = new HttpHealthCheck("/health");
        health.setJsonPointer("/status");
        health.setJsonEquals("UP");
        health.setTimeout("1s");
        step.setHealthCheck(health);
        step.setTrafficSteps(List.of(25.0, 100.0));
        step.setStepWait("300ms");
        step.setValidateFor("1s");
        step.setValidationInterval("200ms");
        step.setProbeSuccesses(2);
        step.setProbeAttempts(4);
        step.setProbeInterval("50ms");
        step.setProbeTimeout("3s");
        return step;
    }

    /** Plays the execution in real time; the body "deploys" by remembering its environment. */
    private Next run(final BlueGreenDeployStep step, final Runnable atValidation) throws Exception {
        LocalAgent agent = new LocalAgent(new LocalCommandRunner(dir));
        RolloutWiring wiring = ContextWiring.wire(
                step,
                agent,
                Map.of(),
                DeploymentRecords.NONE,
                new InMemoryDeploymentLock(Clock.systemUTC()),
                log::add,
                Clock.systemUTC());
        BlueGreenDeployment deployment = new BlueGreenDeployment(step, "shop/deploy #1");
        boolean validating = false;
        // bounded by time, not by a tick count: on a loaded machine a phase may take more, shorter ticks
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            Next next = deployment.next(wiring);
            if (!validating && deployment.rollout().phase().name().equals("VALIDATING")) {
                validating = true;
                atValidation.run();
            }
            switch (next.kind()) {
                case TICK:
                    Thread.sleep(Math.min(2_000, next.delay().toMillis()));
                    break;
                case RUN_BODY:
                    bodies.add(next.environment());
                    deployment.bodyFinished(Optional.empty(), false);
                    break;
                default:
                    assertThat(agent.calls).contains("RouterCall", "HealthCheckCall");
                    return next;
            }
        }
        throw new AssertionError("no end within 3 minutes: " + log);
    }

    @Test
    void shouldDeployGreenStepByStepBehindHaproxyThroughItsUnixSocket() throws Exception {
        try (HaproxyServer haproxy = HaproxyServer.start(dir, blue, green)) {
            BlueGreenDeployStep step =
                    step(new HaproxyRouterConfiguration(haproxy.socket().toString(), "shop"));

            Next end = run(step, () -> {});

            assertThat(end.kind()).as(String.join("\n", log)).isEqualTo(Next.Kind.SUCCEED);
            assertThat(end.result()).containsEntry("liveColor", "green").containsEntry("previousColor", "blue");
            assertThat(bodies)
                    .containsExactly(Map.of(
                            "DEPLOY_COLOR", "green", "DEPLOY_LIVE_COLOR", "blue", "DEPLOY_TARGET_URL", green.url()));
            assertThat(haproxy.settings().build().createRouter().read()).isEqualTo(TrafficSplit.allOn(Color.GREEN));
            assertThat(TrafficSample.take(haproxy.port(), 100).blue()).isZero();
            assertThat(log).anyMatch(line -> line.startsWith("traffic: blue 75% / green 25% (verified)"));
        }
    }

    @Test
    void shouldSwitchBackBehindNginxReloadModeWhenGreenFailsValidation() throws Exception {
        try (NginxServer nginx = NginxServer.start(dir, NginxMode.RELOAD, blue, green)) {
            NginxRouterConfiguration router =
                    new NginxRouterConfiguration(nginx.file().toString(), "shop", nginx.statusUrl());
            router.setKeepalive(16);
            router.setTestCommand(String.join(" ", nginx.testCommand()));
            router.setReloadCommand(String.join(" ", nginx.reloadCommand()));
            BlueGreenDeployStep step = step(router);

            Next end = run(step, () -> green.setHealthy(false));

            assertThat(end.kind()).as(String.join("\n", log)).isEqualTo(Next.Kind.FAIL);
            assertThat(end.failure())
                    .startsWith("Validation of green failed after ")
                    .endsWith("traffic switched back to blue 100% / green 0% (verified)");
            assertThat(nginx.settings().build().createRouter().read()).isEqualTo(TrafficSplit.allOn(Color.BLUE));
            nginx.awaitOldWorkersGone();
            assertThat(TrafficSample.take(nginx.port(), 100).green()).isZero();
        }
    }
}
