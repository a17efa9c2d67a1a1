package io.jenkins.plugins.deploymentsop.dora;

import io.jenkins.plugins.deploymentsop.dora.index.DeploymentIndex;
import io.jenkins.plugins.deploymentsop.dora.index.IndexOptions;
import io.jenkins.plugins.deploymentsop.dora.index.IndexSnapshot;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Measures the DORA engine on synthetic history: N deployments of 500 services over two years (1 to 5 commits each,
 * 15% failures, 7% hotfixes, 10% staging events), all metrics for 7/30/90/365 days plus 26 trend weeks, overall and
 * per service/environment. A plain main harness (surefire skips *Benchmark); docs/dora.md has the command.
 *
 * <p>Arguments: the deployment counts to measure (default {@code 10000 100000 1000000}).
 */
public final class DoraBenchmark {
    private static final Instant END = Instant.parse("2026-02-04T12:00:00Z");
    private static final int SERVICES = 500;
    private static final int RUNS = 15;
    private static final int WARMUP = 5;

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DoraBenchmark() {}

    public static void main(final String[] args) throws IOException {
        int[] counts = args.length == 0
                ? new int[] {10_000, 100_000, 1_000_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf(
                Locale.ROOT,
                "JVM %s, max heap %d MB, %d cores%n",
                System.getProperty("java.vm.version"),
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                Locale.ROOT,
                "%10s %10s %12s %12s %12s %12s %12s %12s %10s%n",
                "events",
                "commits",
                "compute ms",
                "compute cpu",
                "alloc MB",
                "table MB",
                "index MB",
                "read cpu ms",
                "groups");
        for (int count : counts) {
            measure(count);
        }
    }

    private static void measure(final int count) throws IOException {
        long before = usedHeap();
        DeploymentTable.Builder builder = DeploymentTable.builder();
        generate(count).forEach(builder::add); // streamed: only the table stays, as in Jenkins
        DeploymentTable table = builder.build();
        builder = null;
        long tableBytes = usedHeap() - before;

        DoraQuery query = DoraQuery.builder(END).build();
        long[] times = new long[RUNS];
        long[] cpuTimes = new long[RUNS];
        long allocated = 0;
        DoraReport report = null;
        for (int run = -WARMUP; run < RUNS; run++) {
            long allocatedBefore = allocatedBytes();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            report = DoraCalculator.compute(table, query);
            long elapsed = System.nanoTime() - start;
            if (run >= 0) {
                times[run] = elapsed;
                cpuTimes[run] = THREADS.getCurrentThreadCpuTime() - cpuStart;
                allocated = allocatedBytes() - allocatedBefore;
            }
        }
        Arrays.sort(times);
        Arrays.sort(cpuTimes);

        Path directory = Files.createTempDirectory("dora-benchmark");
        try {
            DeploymentIndex writer =
                    new DeploymentIndex(directory, IndexOptions.defaults().withSyncOnAppend(false));
            writer.rebuild(() -> generate(count));
            long indexBytes = Files.size(writer.getFile());
            long[] reads = new long[3];
            for (int run = 0; run < reads.length; run++) {
                long start = THREADS.getCurrentThreadCpuTime();
                IndexSnapshot snapshot = new DeploymentIndex(directory).snapshot();
                reads[run] = THREADS.getCurrentThreadCpuTime() - start;
                if (snapshot.getTable().size() != table.size()) {
                    throw new IllegalStateException(
                            "index read " + snapshot.getTable().size() + " events");
                }
            }
            Arrays.sort(reads);
            System.out.printf(
                    Locale.ROOT,
                    "%10d %10d %12.1f %12.1f %12.1f %12.1f %12.1f %12.1f %10d%n",
                    table.size(),
                    table.commitCount(),
                    times[RUNS / 2] / 1e6,
                    cpuTimes[RUNS / 2] / 1e6,
                    allocated / 1048576.0,
                    tableBytes / 1048576.0,
                    indexBytes / 1048576.0,
                    reads[1] / 1e6,
                    report.getGroups().size());
        } finally {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.toArray(Path[]::new)) {
                    Files.delete(file);
                }
            }
            Files.delete(directory);
        }
    }

    /**
     * Generates the synthetic history lazily, the same for every call.
     *
     * @param count the number of events
     * @return the events
     */
    static Stream<DeploymentEvent> generate(final int count) {
        SplittableRandom random = new SplittableRandom(4711);
        return IntStream.range(0, count).mapToObj(i -> event(random, i));
    }

    private static DeploymentEvent event(final SplittableRandom random, final int i) {
        long span = Duration.ofDays(730).toMillis();
        {
            int service = random.nextInt(SERVICES);
            boolean staging = random.nextInt(10) == 0;
            Instant finished = END.minusMillis(1 + random.nextLong(span));
            int roll = random.nextInt(100);
            Outcome outcome = roll < 85
                    ? Outcome.SUCCEEDED
                    : roll < 93 ? Outcome.FAILED : roll < 98 ? Outcome.ROLLED_BACK : Outcome.ABORTED;
            DeploymentEvent.Builder builder = DeploymentEvent.builder()
                    .deploymentId("team-" + service % 50 + "/service-" + service + "-deploy#" + i + "#0")
                    .job("team-" + service % 50 + "/service-" + service + "-deploy")
                    .service("service-" + service)
                    .environment(staging ? "staging" : "production")
                    .productionTier(!staging)
                    .type(random.nextInt(100) < 7 ? DeploymentType.HOTFIX : DeploymentType.STANDARD)
                    .outcome(outcome)
                    .startedAt(finished.minusSeconds(60 + random.nextInt(1800)))
                    .finishedAt(finished);
            int commits = 1 + random.nextInt(5);
            for (int c = 0; c < commits; c++) {
                builder.commit(
                        String.format(Locale.ROOT, "%016x%016x%08x", random.nextLong(), random.nextLong(), c),
                        finished.minusSeconds(600 + random.nextInt(10 * 86_400)));
            }
            if (outcome.isChangeFailure()) {
                Instant detected = finished.minusSeconds(random.nextInt(600));
                builder.failureDetectedAt(detected);
                if (random.nextInt(10) > 0) {
                    builder.serviceRestoredAt(detected.plusSeconds(60 + random.nextInt(6 * 3600)));
                }
                if (random.nextInt(10) < 3) {
                    builder.incident("INC-" + i);
                }
            }
            return builder.build();
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long allocatedBytes() {
        if (THREADS instanceof com.sun.management.ThreadMXBean) {
            return ((com.sun.management.ThreadMXBean) THREADS)
                    .getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }
}
