package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.health.HealthChecker;
import io.jenkins.plugins.deploymentsop.health.ProbeRunner;
import io.jenkins.plugins.deploymentsop.health.Sleeper;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Incident;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.steps.DeploymentRecords;
import io.jenkins.plugins.deploymentsop.steps.Next;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.NginxMode;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.ColorApp;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.HaproxyServer;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.NginxServer;
import io.jenkins.plugins.deploymentsop.util.LocalCommandRunner;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Measures issue 6's figure: the time from the sample that completes a sustained breach to verified traffic on the
 * previous version, step code included (watcher, rollback plan, record file writes, router write and read-back),
 * against real HAProxy and nginx on loopback. The metric is scripted so the breach is complete at the first sample.
 * A plain {@code main} harness.
 *
 * <p>Run: {@code ./mvnw -B -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.jenkins.plugins.deploymentsop.steps.rollback.RollbackLatencyBenchmark [-Dexec.args=31]}
 */
public final class RollbackLatencyBenchmark {
    private static final int WARMUP = 5;

    private RollbackLatencyBenchmark() {}

    public static void main(final String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 31;
        reportStateSize();
        Path dir = Files.createTempDirectory("rollback-latency-benchmark");
        try (ColorApp blue = ColorApp.start(Color.BLUE);
                ColorApp green = ColorApp.start(Color.GREEN)) {
            try (HaproxyServer haproxy =
                    HaproxyServer.start(Files.createDirectories(dir.resolve("haproxy")), blue, green)) {
                report(
                        "HAProxy (Runtime API)",
                        measure(haproxy.settings().build().createRouter(), dir, runs));
            }
            for (NginxMode mode : NginxMode.values()) {
                Path nginxDir = Files.createDirectories(dir.resolve("nginx-" + mode));
                try (NginxServer nginx = NginxServer.start(nginxDir, mode, blue, green)) {
                    report(
                            "nginx (" + mode + " mode)",
                            measure(nginx.settings().build().createRouter(), dir, runs));
                }
            }
        }
    }

    private static List<Duration> measure(final TrafficRouter router, final Path dir, final int runs) throws Exception {
        List<Duration> durations = new ArrayList<>();
        for (int run = 0; run < WARMUP + runs; run++) {
            router.apply(TrafficSplit.allOn(Color.GREEN));
            Thread.sleep(50);
            Incident incident = rollBack(router, Files.createTempDirectory(dir, "build"));
            if (run >= WARMUP) {
                durations.add(Duration.between(incident.detectedAt(), incident.rolledBackAt()));
            }
        }
        return durations;
    }

    private static Incident rollBack(final TrafficRouter router, final Path build) throws Exception {
        Clock clock = Clock.systemUTC();
        WatchSession session = new WatchSession(WatchSettings.builder(Harness.KEY)
                .watch(TimeSpan.ofMinutes(30))
                .interval(TimeSpan.ofSeconds(30))
                .build());
        ScriptedMetrics metrics = new ScriptedMetrics(clock).set(Harness.ERROR_RATE, 15.0);
        SignalCatalog catalog = SignalCatalog.builder(session.settings().variables())
                .source("prometheus", metrics)
                .bind("error-rate", "prometheus", Harness.ERROR_RATE)
                .build();
        FileRecords records = new FileRecords(RecordStore.forBuild(build));
        Next end = session.next(new WatchServices(
                router,
                catalog,
                new HealthChecker(new ProbeRunner(clock, Sleeper.REAL)),
                new LocalCommandRunner(build),
                List::of,
                records,
                line -> {},
                clock));
        if (end.kind() != Next.Kind.FAIL || !router.read().equals(TrafficSplit.allOn(Color.BLUE))) {
            throw new IllegalStateException("No rollback: " + end);
        }
        return records.last.getIncidents().get(0);
    }

    private static void report(final String router, final List<Duration> durations) {
        List<Duration> sorted = new ArrayList<>(durations);
        Collections.sort(sorted);
        System.getLogger(RollbackLatencyBenchmark.class.getName())
                .log(
                        System.Logger.Level.INFO,
                        String.format(
                                Locale.ROOT,
                                "%s: breach complete to verified traffic on blue: median %.1f ms, p90 %.1f ms, max"
                                        + " %.1f ms (%d runs)",
                                router,
                                millis(sorted.get(sorted.size() / 2)),
                                millis(sorted.get(sorted.size() * 9 / 10)),
                                millis(sorted.get(sorted.size() - 1)),
                                sorted.size()));
    }

    /** What a build keeps of a watch in its program state: the session in the middle of a P1 breach. */
    private static void reportStateSize() throws Exception {
        Harness watch = new Harness(Harness.settings().build()).errorRate(7.0);
        watch.after(watch.next());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(watch.session);
        }
        System.getLogger(RollbackLatencyBenchmark.class.getName())
                .log(
                        System.Logger.Level.INFO,
                        "serialized WatchSession (default matrix, in a breach): " + bytes.size() + " bytes");
    }

    private static double millis(final Duration duration) {
        return duration.toNanos() / 1e6;
    }

    /** The record in a build folder, written as the step writes it: one JSON file rewritten per change. */
    private static final class FileRecords implements DeploymentRecords {
        private final RecordStore store;
        private DeploymentRecord last;

        FileRecords(final RecordStore store) {
            this.store = store;
        }

        @Override
        public void update(final Consumer<DeploymentRecord> change) throws IOException {
            last = store.update(Harness.KEY, Instant.now(), change);
        }

        @Override
        public void finish(final Outcome outcome, final String reason, final Instant at) throws IOException {
            update(record -> record.finish(outcome, reason, at));
        }
    }
}
