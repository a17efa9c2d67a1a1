package io.jenkins.plugins.deploymentsop.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.health.HealthChecker;
import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import io.jenkins.plugins.deploymentsop.health.HttpProbe;
import io.jenkins.plugins.deploymentsop.health.HttpProbeSettings;
import io.jenkins.plugins.deploymentsop.health.ProbePolicy;
import io.jenkins.plugins.deploymentsop.health.ProbeRunner;
import io.jenkins.plugins.deploymentsop.health.Sleeper;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.NginxMode;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.ColorApp;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.HaproxyServer;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.KeepAliveLoad;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.NginxServer;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.TrafficSample;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole blue-green rollouts against real load balancers, with two loopback apps as blue and green, real HTTP health
 * probes and a steady keep-alive load: the traffic follows each step, ends on green, and comes back to blue without a
 * single failed request when green fails validation.
 */
class BlueGreenRolloutITest {
    private static final double TOLERANCE = 6.0;
    private static final ProbePolicy POLICY = new ProbePolicy(
            2, 6, TimeSpan.ofMillis(50), TimeSpan.ofMillis(50), 2.0, TimeSpan.ofMillis(200), TimeSpan.ofSeconds(3));

    @TempDir
    Path dir;

    private ColorApp blue;
    private ColorApp green;
    private final RecordingObserver observer = new RecordingObserver();
    private final List<String> bodyRuns = new ArrayList<>();

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

    private HealthGate health() {
        HealthChecker checker = new HealthChecker(new ProbeRunner(Clock.systemUTC(), Sleeper.REAL));
        Map<Color, ColorApp> apps = Map.of(Color.BLUE, blue, Color.GREEN, green);
        return color -> checker.check(
                List.<HealthProbe>of(
                        new HttpProbe(HttpProbeSettings.builder(apps.get(color).url() + "/health")
                                .jsonEquals("/status", "UP")
                                .timeout(TimeSpan.ofSeconds(1))
                                .build())),
                POLICY);
    }

    private static BlueGreenPlan.Builder plan() {
        return BlueGreenPlan.builder("shop", "production")
                .trafficSteps(List.of(Percentage.of(10), Percentage.of(50), Percentage.HUNDRED))
                .stepWait(TimeSpan.ofMillis(300))
                .validateFor(TimeSpan.ofSeconds(1))
                .validationInterval(TimeSpan.ofMillis(200));
    }

    /** Drives the machine like the step glue, sleeping until each tick (real time). */
    private BlueGreenPhase drive(final BlueGreenRollout rollout, final RolloutContext context)
            throws InterruptedException {
        Tick tick = rollout.tick(context);
        for (int i = 0; i < 10_000 && !tick.isDone(); i++) {
            if (tick.kind() == Tick.Kind.RUN_BODY) {
                bodyRuns.add(rollout.bodyEnvironment().get("DEPLOY_COLOR"));
                tick = rollout.bodySucceeded(context);
            } else {
                long wait =
                        Duration.between(Instant.now(), tick.at().orElseThrow()).toMillis();
                if (wait > 0) {
                    Thread.sleep(wait);
                }
                tick = rollout.tick(context);
            }
        }
        return rollout.phase();
    }

    /** Samples the load balancer each time the router verified a new split. */
    private RolloutObserver sampling(final int port, final List<String> mismatches) {
        return new RolloutObserver() {
            @Override
            public void trafficChanged(
                    final TrafficSplit split, final boolean verified, final Instant at, final String detail) {
                observer.trafficChanged(split, verified, at, detail);
                try {
                    TrafficSample sample = TrafficSample.take(port, 300);
                    double expected = split.green().doubleValue();
                    if (Math.abs(sample.greenPercent() - expected) > TOLERANCE || sample.failed() > 0) {
                        mismatches.add(split + ": " + sample);
                    }
                } catch (IOException exception) {
                    throw new UncheckedIOException(exception);
                }
            }

            @Override
            public void phaseStarted(final BlueGreenPhase phase, final Instant at, final String detail) {
                observer.phaseStarted(phase, at, detail);
            }

            @Override
            public void decision(final String decision, final String reason, final Instant at) {
                observer.decision(decision, reason, at);
            }
        };
    }

    @Test
    void shouldRollOutStepByStepThroughHaproxyWithTrafficFollowingEachStep() throws Exception {
        try (HaproxyServer haproxy = HaproxyServer.start(dir, blue, green)) {
            TrafficRouter router = haproxy.settings().build().createRouter();
            List<String> mismatches = new ArrayList<>();
            RolloutContext context = new RolloutContext(
                    router,
                    health(),
                    new HealthValidationHook(health()),
                    sampling(haproxy.port(), mismatches),
                    Clock.systemUTC());

            BlueGreenRollout rollout = new BlueGreenRollout(plan().build());
            assertThat(drive(rollout, context)).as(rollout.reason()).isEqualTo(BlueGreenPhase.SUCCEEDED);

            assertThat(bodyRuns).containsExactly("green");
            assertThat(mismatches).as("observed traffic per verified step").isEmpty();
            assertThat(TrafficSample.take(haproxy.port(), 300).blue()).isZero();
            assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.GREEN));
            assertThat(observer.started)
                    .containsExactly(
                            BlueGreenPhase.READ_LIVE,
                            BlueGreenPhase.DEPLOYING,
                            BlueGreenPhase.HEALTH_CHECK,
                            BlueGreenPhase.SWITCHING,
                            BlueGreenPhase.VALIDATING,
                            BlueGreenPhase.SUCCEEDED);
        }
    }

    @Test
    void shouldLeaveTrafficUntouchedWhenGreenIsUnhealthyBeforeTheSwitch() throws Exception {
        green.setHealthy(false);
        try (NginxServer nginx = NginxServer.start(dir, NginxMode.DYNAMIC, blue, green)) {
            TrafficRouter router = nginx.settings().build().createRouter();
            RolloutContext context = new RolloutContext(
                    router, health(), new HealthValidationHook(health()), observer, Clock.systemUTC());

            BlueGreenRollout rollout = new BlueGreenRollout(plan().build());
            assertThat(drive(rollout, context)).isEqualTo(BlueGreenPhase.FAILED);

            assertThat(rollout.reason())
                    .startsWith("green is unhealthy: ")
                    .contains("status 503")
                    .endsWith("traffic untouched by this rollout, router serves blue 100% / green 0% (read now)");
            assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.BLUE));
            assertThat(TrafficSample.take(nginx.port(), 200).green()).isZero();
            assertThat(green.requests()).isZero();
        }
    }

    @Test
    void shouldSwitchBackWithoutLosingARequestWhenGreenFailsAfterTheSwitchBehindHaproxy() throws Exception {
        try (HaproxyServer haproxy = HaproxyServer.start(dir, blue, green)) {
            assertSwitchBackUnderLoad(haproxy.settings().build().createRouter(), haproxy.port());
        }
    }

    @Test
    void shouldSwitchBackWithoutLosingARequestWhenGreenFailsAfterTheSwitchBehindNginx() throws Exception {
        try (NginxServer nginx = NginxServer.start(dir, NginxMode.DYNAMIC, blue, green)) {
            assertSwitchBackUnderLoad(nginx.settings().build().createRouter(), nginx.port());
        }
    }

    private void assertSwitchBackUnderLoad(final TrafficRouter router, final int port) throws Exception {
        RolloutContext context = new RolloutContext(
                router,
                health(),
                new HealthValidationHook(health()),
                new RolloutObserver() {
                    @Override
                    public void phaseStarted(final BlueGreenPhase phase, final Instant at, final String detail) {
                        observer.phaseStarted(phase, at, detail);
                        if (phase == BlueGreenPhase.VALIDATING) {
                            green.setHealthy(false);
                        }
                    }
                },
                Clock.systemUTC());
        KeepAliveLoad load = KeepAliveLoad.start(port, 6, 300_000, 2_000);
        BlueGreenRollout rollout = new BlueGreenRollout(plan().build());
        try (load) {
            load.awaitProgress(200);
            assertThat(drive(rollout, context)).as(rollout.reason()).isEqualTo(BlueGreenPhase.ROLLED_BACK);
            load.awaitProgress(300);
        }

        assertThat(rollout.reason())
                .startsWith("Validation of green failed after 0s: green 1 of 1 probes unhealthy")
                .endsWith("traffic switched back to blue 100% / green 0% (verified)");
        assertThat(load.failures()).as("%s", load).isZero();
        assertThat(load.answered(Color.GREEN)).as("%s", load).isPositive();
        assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.BLUE));
        assertThat(TrafficSample.take(port, 200).green()).isZero();
        assertThat(rollout.liveColorNow()).contains(Color.BLUE);
    }
}
