package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.health.HealthChecker;
import io.jenkins.plugins.deploymentsop.health.ProbeRunner;
import io.jenkins.plugins.deploymentsop.health.Sleeper;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusClient;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusProcess;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.steps.DeploymentRecords;
import io.jenkins.plugins.deploymentsop.steps.Next;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.KeepAliveLoad;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.MeteredApp;
import io.jenkins.plugins.deploymentsop.util.LocalCommandRunner;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Measures what one watched deployment costs the controller while {@code rollbackIfUnhealthy} watches it, step glue
 * included: per tick, the CPU time and allocated bytes of the {@link WatchSession} (the watcher on the SOP's default
 * matrix, the signal catalog) with its two PromQL queries (error rate and p95 latency) sent to a real Prometheus and
 * answered from real data; per watched deployment, the retained heap of the session with its wired collaborators,
 * the threads they keep, and the size of the session in the build's program state. Health probes are left out: they
 * run in the agent's JVM, and the controller pays one remoting call per probe and tick.
 *
 * <p>CPU and allocations are counted on the ticking thread and the JDK HTTP client's threads, which do part of each
 * query; the test apps, their load and Prometheus are not counted. The ticks of a round run back to back; the watcher
 * sees a healthy release, so a tick writes nothing to the record (as in a real quiet watch).
 *
 * <p>Run: {@code ./mvnw -B -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.jenkins.plugins.deploymentsop.steps.rollback.WatchOverheadBenchmark [-Dexec.args="100 20 6"]}
 * (watched deployments, ticks per round, rounds; the first round is warm-up).
 */
public final class WatchOverheadBenchmark {
    private static final String ERROR_RATE =
            "100 * sum(rate(http_requests_total{code=\"500\",color=\"{{color}}\"}[10s]))"
                    + " / sum(rate(http_requests_total{color=\"{{color}}\"}[10s]))";
    private static final String LATENCY_P95 = "histogram_quantile(0.95,"
            + " sum(rate(http_request_duration_seconds_bucket{color=\"{{color}}\"}[10s])) by (le))";

    private WatchOverheadBenchmark() {}

    public static void main(final String[] args) throws Exception {
        int watched = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int ticks = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        Path dir = Files.createTempDirectory("watch-overhead-benchmark");
        try (MeteredApp blue = MeteredApp.start(Color.BLUE, "v1", 0, 0);
                MeteredApp green = MeteredApp.start(Color.GREEN, "v2", 0.002, 2);
                PrometheusProcess prometheus = PrometheusProcess.start(
                        Files.createDirectories(dir.resolve("prometheus")),
                        List.of(
                                new PrometheusProcess.Target(blue.address(), blue.labels("shop")),
                                new PrometheusProcess.Target(green.address(), green.labels("shop"))));
                KeepAliveLoad load = KeepAliveLoad.start(green.port(), 1, Long.MAX_VALUE, 5_000)) {
            awaitData(prometheus.url());
            measure(prometheus.url(), dir, watched, ticks, rounds);
            report("traffic during the benchmark: " + load);
        }
    }

    private static void measure(
            final String prometheusUrl, final Path dir, final int count, final int ticks, final int rounds)
            throws Exception {
        Runtime runtime = Runtime.getRuntime();
        settle(runtime);
        Thread.sleep(1_000); // lets the threads of earlier HTTP clients (awaitData's) end
        int threadsBefore = Thread.activeCount();
        List<WatchSession> sessions = new ArrayList<>();
        List<WatchServices> services = new ArrayList<>();
        RollbackIfUnhealthyStep step = step(prometheusUrl);
        wire(step, dir, count, sessions, services);
        settle(runtime);
        int threadsAdded = Thread.activeCount() - threadsBefore;
        // retained heap: the heap with the wired watches minus the heap once they are dropped (noise cancels out)
        long heapWith = runtime.totalMemory() - runtime.freeMemory();
        sessions.clear();
        services.clear();
        settle(runtime);
        double retained = (double) (heapWith - (runtime.totalMemory() - runtime.freeMemory())) / count;
        wire(step, dir, count, sessions, services);
        double threads = (double) threadsAdded / count;
        Map<String, Long> threadKinds = Thread.getAllStackTraces().keySet().stream()
                .map(thread -> thread.getName().replaceAll("\\d+", "N"))
                .collect(Collectors.groupingBy(name -> name, TreeMap::new, Collectors.counting()));

        List<double[]> results = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Usage before = Usage.now();
            long wallStart = System.nanoTime();
            for (int tick = 0; tick < ticks; tick++) {
                for (int i = 0; i < count; i++) {
                    Next next = sessions.get(i).next(services.get(i));
                    if (next.kind() != Next.Kind.TICK) {
                        throw new IllegalStateException("The watch ended: " + next);
                    }
                }
            }
            double perTick = (double) count * ticks;
            double wallMicros = (System.nanoTime() - wallStart) / 1000.0 / perTick;
            Usage used = Usage.now().minus(before);
            if (round > 0) {
                results.add(new double[] {used.cpuNanos / 1000.0 / perTick, used.allocatedBytes / perTick, wallMicros});
            }
        }
        assertQuiet(sessions);
        report(String.format(
                Locale.ROOT,
                "%d watched deployments, default matrix (%d rules), 2 PromQL queries per tick, %d ticks x %d rounds:",
                count,
                sessions.get(0).findWatcher().orElseThrow().rules().rules().size(),
                ticks,
                rounds - 1));
        report(String.format(
                Locale.ROOT,
                "  CPU per watched deployment per tick: median %.0f us (min %.0f, max %.0f)",
                median(results, 0),
                min(results, 0),
                max(results, 0)));
        report(String.format(
                Locale.ROOT, "  allocated per watched deployment per tick: median %.0f bytes", median(results, 1)));
        report(String.format(
                Locale.ROOT, "  wall time per watched deployment per tick: median %.0f us", median(results, 2)));
        report(String.format(
                Locale.ROOT,
                "  retained heap per watched deployment (session and wired collaborators): %.0f bytes;"
                        + " threads per watched deployment: %.2f (%d for all %d)",
                retained,
                threads,
                threadsAdded,
                count));
        report("  serialized WatchSession mid-window: " + serializedSize(sessions.get(0)) + " bytes");
        report("  live threads by name after wiring: " + threadKinds);
    }

    /** Wires watches as the execution does and takes their first tick (router, baseline, watcher started). */
    private static void wire(
            final RollbackIfUnhealthyStep step,
            final Path dir,
            final int count,
            final List<WatchSession> sessions,
            final List<WatchServices> services)
            throws Exception {
        for (int i = 0; i < count; i++) {
            WatchSession session = new WatchSession(step.settings(false));
            WatchServices wired = services(step, dir);
            Next first = session.next(wired);
            if (first.kind() != Next.Kind.TICK) {
                throw new IllegalStateException("The watch did not start: " + first);
            }
            sessions.add(session);
            services.add(wired);
        }
    }

    /** The step as a Jenkinsfile would write it: the default matrix, Prometheus for error rate and latency. */
    private static RollbackIfUnhealthyStep step(final String prometheusUrl) {
        RollbackIfUnhealthyStep step = new RollbackIfUnhealthyStep("shop", "production");
        PrometheusSourceConfiguration source = new PrometheusSourceConfiguration(prometheusUrl);
        source.setErrorRate(ERROR_RATE);
        source.setLatencyP95(LATENCY_P95);
        step.setMetrics(List.of(source));
        step.setWatch("24h");
        step.setInterval("10s");
        return step;
    }

    private static WatchServices services(final RollbackIfUnhealthyStep step, final Path dir) {
        Clock clock = Clock.systemUTC();
        SecretLookup noSecrets = id -> {
            throw new IllegalStateException("no credentials in this benchmark");
        };
        ProbeFactory noProbes = (check, color, targets) -> {
            throw new IllegalStateException("no health checks in this benchmark");
        };
        return new WatchServices(
                new FakeRouter(),
                step.catalog(noSecrets, noProbes, clock),
                new HealthChecker(new ProbeRunner(clock, Sleeper.REAL)),
                new LocalCommandRunner(dir),
                List::of,
                new FileLikeRecords(),
                line -> {},
                clock);
    }

    private static void assertQuiet(final List<WatchSession> sessions) {
        for (WatchSession session : sessions) {
            if (session.phase() != WatchSession.Phase.WATCHING
                    || session.findWatcher().orElseThrow().phase()
                            != io.jenkins.plugins.deploymentsop.rollback.watch.Phase.WATCHING) {
                throw new IllegalStateException("A watch left the quiet state: " + session.status());
            }
        }
    }

    private static void awaitData(final String url) throws Exception {
        PrometheusClient client = PrometheusClient.create(url, HttpAuth.none(), TimeSpan.ofSeconds(5));
        String query = LATENCY_P95.replace("{{color}}", "green");
        for (int i = 0; i < 120; i++) {
            var measurement = client.instant(query);
            if (measurement.isOk() && Double.isFinite(measurement.lastValue())) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Prometheus has no latency of green after 30 s");
    }

    private static int serializedSize(final WatchSession session) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(session);
        }
        return bytes.size();
    }

    private static void settle(final Runtime runtime) throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
    }

    private static double median(final List<double[]> rows, final int column) {
        List<Double> values = new ArrayList<>();
        rows.forEach(row -> values.add(row[column]));
        Collections.sort(values);
        return values.get(values.size() / 2);
    }

    private static double min(final List<double[]> rows, final int column) {
        return rows.stream().mapToDouble(row -> row[column]).min().orElse(0);
    }

    private static double max(final List<double[]> rows, final int column) {
        return rows.stream().mapToDouble(row -> row[column]).max().orElse(0);
    }

    private static void report(final String line) {
        System.getLogger(WatchOverheadBenchmark.class.getName()).log(System.Logger.Level.INFO, line);
    }

    /** CPU time and allocated bytes of the ticking thread and the JDK HTTP client's threads. */
    private record Usage(long cpuNanos, long allocatedBytes) {
        static Usage now() {
            com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long cpu = 0;
            long allocated = 0;
            Thread current = Thread.currentThread();
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread == current || thread.getName().startsWith("HttpClient")) {
                    long id = thread.getId();
                    cpu += Math.max(0, mx.getThreadCpuTime(id));
                    allocated += Math.max(0, mx.getThreadAllocatedBytes(id));
                }
            }
            return new Usage(cpu, allocated);
        }

        Usage minus(final Usage earlier) {
            return new Usage(cpuNanos - earlier.cpuNanos, allocatedBytes - earlier.allocatedBytes);
        }
    }

    /** A record kept on disk in Jenkins: each change applies to a record read anew, nothing stays in memory. */
    private static final class FileLikeRecords implements DeploymentRecords {
        @Override
        public void update(final Consumer<DeploymentRecord> change) {
            change.accept(new DeploymentRecord(Harness.KEY, Instant.now()));
        }

        @Override
        public void finish(final Outcome outcome, final String reason, final Instant at) {
            // a quiet watch does not finish
        }
    }
}
