package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.health.HealthReport;
import io.jenkins.plugins.deploymentsop.health.ProbeResult;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.NginxMode;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.ColorApp;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.HaproxyServer;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.NginxServer;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Measures the time from the rollout's "switch back" decision to the verified 100% on the previous colour, plugin code
 * included (state machine, router, write, validation, reload, read-back), against real HAProxy and nginx on loopback.
 * A plain {@code main} harness: each run rolls green out, lets validation fail at once, and times the switch back.
 *
 * <p>Run: {@code ./mvnw -B -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.jenkins.plugins.deploymentsop.rollout.SwitchBackBenchmark [-Dexec.args=31]}
 */
public final class SwitchBackBenchmark {
    private static final int WARMUP = 5;

    private SwitchBackBenchmark() {}

    public static void main(final String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 31;
        Path dir = Files.createTempDirectory("switch-back-benchmark");
        try (ColorApp blue = ColorApp.start(Color.BLUE);
                ColorApp green = ColorApp.start(Color.GREEN)) {
            Path haproxyDir = Files.createDirectories(dir.resolve("haproxy"));
            try (HaproxyServer haproxy = HaproxyServer.start(haproxyDir, blue, green)) {
                report(
                        "HAProxy (Runtime API)",
                        measure(haproxy.settings().build().createRouter(), runs));
            }
            for (NginxMode mode : NginxMode.values()) {
                Path nginxDir = Files.createDirectories(dir.resolve("nginx-" + mode));
                try (NginxServer nginx = NginxServer.start(nginxDir, mode, blue, green)) {
                    report(
                            "nginx (" + mode + " mode)",
                            measure(nginx.settings().build().createRouter(), runs));
                }
            }
        }
    }

    private static List<Duration> measure(final TrafficRouter router, final int runs) throws Exception {
        List<Duration> durations = new ArrayList<>();
        for (int run = 0; run < WARMUP + runs; run++) {
            Duration duration = switchBack(router);
            if (run >= WARMUP) {
                durations.add(duration);
            }
            Thread.sleep(50);
        }
        return durations;
    }

    private static Duration switchBack(final TrafficRouter router) throws Exception {
        long[] decidedAt = {0};
        long[] verifiedAt = {0};
        RolloutObserver observer = new RolloutObserver() {
            @Override
            public void decision(final String decision, final String reason, final Instant at) {
                if (decision.startsWith("switch back")) {
                    decidedAt[0] = System.nanoTime();
                }
            }

            @Override
            public void trafficChanged(
                    final TrafficSplit split, final boolean verified, final Instant at, final String detail) {
                if (decidedAt[0] != 0 && verified && split.equals(TrafficSplit.allOn(Color.BLUE))) {
                    verifiedAt[0] = System.nanoTime();
                }
            }
        };
        HealthGate healthy = color -> new HealthReport(
                List.of(new ProbeResult(color.id(), true, 1, 1, Duration.ZERO, Duration.ZERO, "", "healthy")));
        RolloutContext context = new RolloutContext(
                router,
                healthy,
                validation -> ValidationVerdict.fail("benchmark: fail at once"),
                observer,
                Clock.systemUTC());
        BlueGreenRollout rollout = new BlueGreenRollout(BlueGreenPlan.builder("bench", "loopback")
                .trafficSteps(List.of(Percentage.HUNDRED))
                .validateFor(TimeSpan.ofMinutes(1))
                .build());
        Tick tick = rollout.tick(context);
        while (!tick.isDone()) {
            tick = tick.kind() == Tick.Kind.RUN_BODY ? rollout.bodySucceeded(context) : rollout.tick(context);
        }
        if (rollout.phase() != BlueGreenPhase.ROLLED_BACK || verifiedAt[0] == 0) {
            throw new IllegalStateException("Run did not roll back: " + rollout.phase() + " " + rollout.reason());
        }
        return Duration.ofNanos(verifiedAt[0] - decidedAt[0]);
    }

    private static void report(final String router, final List<Duration> durations) {
        List<Duration> sorted = new ArrayList<>(durations);
        Collections.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%-24s runs %3d  median %8.2f ms  p90 %8.2f ms  min %8.2f ms  max %8.2f ms%n",
                router,
                sorted.size(),
                millis(sorted.get(sorted.size() / 2)),
                millis(sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.9)))),
                millis(sorted.get(0)),
                millis(sorted.get(sorted.size() - 1)));
    }

    private static double millis(final Duration duration) {
        return duration.toNanos() / 1_000_000.0;
    }
}
