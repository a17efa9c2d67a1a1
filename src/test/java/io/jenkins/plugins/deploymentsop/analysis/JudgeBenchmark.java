package io.jenkins.plugins.deploymentsop.analysis;

import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.metrics.Sample;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * Times the judging of one canary step: 20 metrics × 10,000 samples per side with each judge, the Mann-Whitney judge
 * (rank test, Hodges-Lehmann shift and its 95% interval, effect and verdict) being the most expensive, and its parts.
 * A plain harness: warm-up rounds, then the median of measured rounds, as wall-clock and as the thread's CPU time (the
 * latter is less disturbed by other processes on a shared machine). Run with
 * {@code ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.jenkins.plugins.deploymentsop.analysis.JudgeBenchmark} (add {@code -Dexec.args=1000} for
 * another number of samples per side).
 */
final class JudgeBenchmark {
    private static final int METRICS = 20;
    private static final int WARM_UP = 15;
    private static final int ROUNDS = 31;

    private JudgeBenchmark() {}

    /**
     * Runs the benchmark.
     *
     * @param args optionally the number of samples per side (default 10,000)
     */
    public static void main(final String[] args) {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        System.out.printf(Locale.ROOT, "%d metrics x %d samples per side%n", METRICS, samples);
        SplittableRandom random = new SplittableRandom(2026);
        double[][] canary = new double[METRICS][];
        double[][] stable = new double[METRICS][];
        double[][] sortedCanary = new double[METRICS][];
        double[][] sortedStable = new double[METRICS][];
        Measurement[] canarySeries = new Measurement[METRICS];
        Measurement[] stableSeries = new Measurement[METRICS];
        for (int metric = 0; metric < METRICS; metric++) {
            double shift = metric % 4 == 0 ? 1.1 : 1.0; // a few metrics really differ
            canary[metric] = lognormal(random, samples, 0.1 * shift);
            stable[metric] = lognormal(random, samples, 0.1);
            sortedCanary[metric] = canary[metric].clone();
            sortedStable[metric] = stable[metric].clone();
            Arrays.sort(sortedCanary[metric]);
            Arrays.sort(sortedStable[metric]);
            canarySeries[metric] = series(canary[metric]);
            stableSeries[metric] = series(stable[metric]);
        }
        MannWhitneyJudge judge = MannWhitneyJudge.of(Direction.INCREASE);
        ThresholdJudge threshold = new ThresholdJudge(Comparison.AT_MOST, 0.2, Aggregation.MEDIAN, false);
        BaselineRatioJudge ratio = new BaselineRatioJudge(Comparison.AT_MOST, 1.2, 0, Aggregation.MEDIAN, false);
        CountJudge counts = CountJudge.errors();

        report("Mann-Whitney judge, 20 metrics (unsorted input)", time(() -> {
            int failed = 0;
            for (int metric = 0; metric < METRICS; metric++) {
                if (judge.judge("m" + metric, canary[metric], stable[metric]).outcome() == Outcome.FAIL) {
                    failed++;
                }
            }
            return failed;
        }));
        report("  sorting both samples (radix, as the judge)", time(() -> {
            double sum = 0;
            for (int metric = 0; metric < METRICS; metric++) {
                double[] x = canary[metric].clone();
                double[] y = stable[metric].clone();
                RadixSort.sort(x);
                RadixSort.sort(y);
                sum += x[0] + y[0];
            }
            return (int) sum;
        }));
        report("  rank test, one merge pass", time(() -> {
            double sum = 0;
            for (int metric = 0; metric < METRICS; metric++) {
                sum += RankSumTest.test(sortedCanary[metric], sortedStable[metric], AlternativeHypothesis.GREATER_THAN)
                        .pValue();
            }
            return (int) sum;
        }));
        report(
                "  Hodges-Lehmann shift + 95% CI",
                time(() -> {
                    double sum = 0;
                    for (int metric = 0; metric < METRICS; metric++) {
                        sum += HodgesLehmann.estimateSorted(sortedCanary[metric], sortedStable[metric], 0.95)
                                .estimate();
                    }
                    return (int) Math.signum(sum);
                }));
        report("threshold judge, median of each series", time(() -> {
            int failed = 0;
            for (int metric = 0; metric < METRICS; metric++) {
                if (threshold.judge("m" + metric, canarySeries[metric]).outcome() == Outcome.FAIL) {
                    failed++;
                }
            }
            return failed;
        }));
        report("baseline-ratio judge, medians of both series", time(() -> {
            int failed = 0;
            for (int metric = 0; metric < METRICS; metric++) {
                if (ratio.judge("m" + metric, canarySeries[metric], stableSeries[metric])
                                .outcome()
                        == Outcome.FAIL) {
                    failed++;
                }
            }
            return failed;
        }));
        report("count judge, errors of 10,000 requests a side", time(() -> {
            int failed = 0;
            for (int metric = 0; metric < METRICS; metric++) {
                EventCounts canaryErrors = new EventCounts(metric % 4 == 0 ? 60 : 12, samples);
                EventCounts stableErrors = new EventCounts(10, samples);
                if (counts.judge("m" + metric, canaryErrors, stableErrors).outcome() == Outcome.FAIL) {
                    failed++;
                }
            }
            return failed;
        }));
        report("for comparison: Arrays.sort of both samples", time(() -> {
            double sum = 0;
            for (int metric = 0; metric < METRICS; metric++) {
                double[] x = canary[metric].clone();
                double[] y = stable[metric].clone();
                Arrays.sort(x);
                Arrays.sort(y);
                sum += x[0] + y[0];
            }
            return (int) sum;
        }));
        report("for comparison: Commons Statistics rank test", time(() -> {
            double sum = 0;
            for (int metric = 0; metric < METRICS; metric++) {
                sum += MannWhitneyUTest.withDefaults()
                        .test(canary[metric], stable[metric])
                        .getPValue();
            }
            return (int) sum;
        }));
    }

    private static Measurement series(final double[] values) {
        Instant start = Instant.parse("2026-11-01T10:00:00Z");
        List<Sample> samples = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            samples.add(new Sample(start.plusSeconds(i), values[i]));
        }
        return Measurement.of(samples);
    }

    private static double[] lognormal(final SplittableRandom random, final int count, final double median) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            double gaussian =
                    Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            values[i] = median * Math.exp(0.5 * gaussian);
        }
        return values;
    }

    /** Work whose result is consumed, so the JIT cannot drop it. */
    @FunctionalInterface
    private interface Work {
        int run();
    }

    /** Runs the work and returns the sorted wall-clock and CPU times of the measured rounds in milliseconds. */
    private static double[][] time(final Work work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += work.run();
        }
        double[] wall = new double[ROUNDS];
        double[] cpu = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink += work.run();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        if (sink == Integer.MIN_VALUE) {
            System.out.println("unlikely: " + sink);
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[][] {wall, cpu};
    }

    private static void report(final String what, final double[][] times) {
        double[] wall = times[0];
        double[] cpu = times[1];
        System.out.printf(
                Locale.ROOT,
                "%-48s wall median %6.1f ms (min %6.1f), CPU median %6.1f ms (min %6.1f), %d rounds%n",
                what,
                wall[wall.length / 2],
                wall[0],
                cpu[cpu.length / 2],
                cpu[0],
                wall.length);
    }
}
