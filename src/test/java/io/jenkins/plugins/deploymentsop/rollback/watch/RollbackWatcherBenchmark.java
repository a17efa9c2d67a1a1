package io.jenkins.plugins.deploymentsop.rollback.watch;

import io.jenkins.plugins.deploymentsop.rollback.RuleSet;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Measures what watching costs per watched deployment: CPU time and allocated bytes per tick, retained heap and
 * serialized size per watcher. Many watchers on the SOP's default matrix (7 rules) are ticked together, as a
 * controller with many running deployments would; the median over several rounds is printed.
 *
 * <p>Run: {@code ./mvnw -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt &&
 * java -cp target/classes:target/test-classes:$(cat target/test-cp.txt)
 * io.jenkins.plugins.deploymentsop.rollback.watch.RollbackWatcherBenchmark [watchers] [ticks] [rounds]}
 */
public final class RollbackWatcherBenchmark {
    private static final int DEFAULT_WATCHERS = 1000;
    private static final int DEFAULT_TICKS = 360;
    private static final int DEFAULT_ROUNDS = 7;
    private static final long TICK_SECONDS = 10;

    private RollbackWatcherBenchmark() {}

    /** The readings of one scenario, cycled tick by tick. */
    private enum Scenario {
        /** Every signal healthy: no events after the start. */
        QUIET,
        /** The error rate enters the P1 band for 50 s every 100 s: breaches start and end, never sustained. */
        CHURN
    }

    public static void main(final String[] args) throws IOException {
        int watchers = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_WATCHERS;
        int ticks = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_TICKS;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_ROUNDS;
        PrintStream out = System.out;
        out.printf(
                Locale.ROOT,
                "%d watchers x %d rules, %d ticks each, %d rounds (first round is warm-up)%n",
                watchers,
                RuleSet.defaults().rules().size(),
                ticks,
                rounds);
        for (Scenario scenario : Scenario.values()) {
            List<Round> results = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                Round result = run(scenario, watchers, ticks);
                if (round > 0) {
                    results.add(result);
                }
            }
            out.printf(
                    Locale.ROOT,
                    "%-6s CPU per watcher per tick: median %.2f us (min %.2f, max %.2f);"
                            + " allocated per watcher per tick: median %.0f bytes;"
                            + " events per watcher per tick: %.3f%n",
                    scenario,
                    median(results, Round::cpuMicros),
                    results.stream().mapToDouble(Round::cpuMicros).min().orElse(0),
                    results.stream().mapToDouble(Round::cpuMicros).max().orElse(0),
                    median(results, Round::allocatedBytes),
                    median(results, Round::eventsPerTick));
        }
        List<Double> retained = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            retained.add(retainedBytesPerWatcher(watchers));
        }
        out.printf(
                Locale.ROOT,
                "retained heap per watcher: median %.0f bytes (rule set shared); serialized watcher mid-window: %d"
                        + " bytes%n",
                median(retained),
                serializedSize());
    }

    private record Round(double cpuMicros, double allocatedBytes, double eventsPerTick) {}

    private static Round run(final Scenario scenario, final int count, final int ticks) {
        FakeClock clock = new FakeClock();
        RuleSet rules = RuleSet.defaults();
        Baseline baseline = Baseline.of(Map.of(Watch.BUSINESS, 200.0));
        RollbackWatcher[] watchers = new RollbackWatcher[count];
        for (int i = 0; i < count; i++) {
            watchers[i] = RollbackWatcher.start(rules, TimeSpan.ofMinutes(24 * 60), baseline, clock);
        }
        Observations[] cycle = readings(scenario);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long events = 0;
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        for (int tick = 0; tick < ticks; tick++) {
            clock.advanceSeconds(TICK_SECONDS);
            Observations observations = cycle[tick % cycle.length];
            for (RollbackWatcher watcher : watchers) {
                events += watcher.tick(observations).events().size();
            }
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
        for (RollbackWatcher watcher : watchers) {
            if (watcher.isFinished()) {
                throw new IllegalStateException("A watcher finished early: " + watcher.decision());
            }
        }
        double perTick = (double) count * ticks;
        return new Round(cpu / 1000.0 / perTick, allocated / perTick, (events - count) / perTick);
    }

    private static Observations[] readings(final Scenario scenario) {
        Observations.Builder healthy = base();
        if (scenario == Scenario.QUIET) {
            return new Observations[] {healthy.value(Watch.ERRORS, 0.5).build()};
        }
        Observations[] cycle = new Observations[10];
        for (int i = 0; i < cycle.length; i++) {
            cycle[i] = base().value(Watch.ERRORS, i < 5 ? 7.0 : 0.5).build();
        }
        return cycle;
    }

    private static Observations.Builder base() {
        return Observations.builder()
                .value(Watch.LATENCY, 0.25)
                .value(Watch.BUSINESS, 198)
                .put(Watch.APP, Observation.probe(true, "HTTP 200"))
                .put(Watch.DB, Observation.probe(true, "connected"));
    }

    private static double retainedBytesPerWatcher(final int count) {
        FakeClock clock = new FakeClock();
        RuleSet rules = RuleSet.defaults();
        Observations[] cycle = readings(Scenario.CHURN);
        Runtime runtime = Runtime.getRuntime();
        settle(runtime);
        long before = runtime.totalMemory() - runtime.freeMemory();
        RollbackWatcher[] watchers = new RollbackWatcher[count];
        for (int i = 0; i < count; i++) {
            watchers[i] = RollbackWatcher.start(rules, TimeSpan.ofMinutes(60), Baseline.empty(), clock);
            for (Observations observations : Arrays.copyOf(cycle, 3)) {
                watchers[i].tick(observations);
            }
        }
        settle(runtime);
        long after = runtime.totalMemory() - runtime.freeMemory();
        if (watchers[count - 1].isFinished()) {
            throw new IllegalStateException("unexpected end");
        }
        return (after - before) / (double) count;
    }

    private static void settle(final Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc(); // measuring retained heap needs a collected heap
        }
    }

    private static int serializedSize() throws IOException {
        Watch watch = Watch.defaults(TimeSpan.ofMinutes(30));
        watch.errorsEvery(0, 60, 10, 7);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream output = new ObjectOutputStream(bytes)) {
            output.writeObject(watch.watcher);
        }
        return bytes.size();
    }

    private static double median(final List<Round> rounds, final ToDoubleFunction<Round> value) {
        List<Double> values = new ArrayList<>();
        rounds.forEach(round -> values.add(value.applyAsDouble(round)));
        return median(values);
    }

    private static double median(final List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
