package io.jenkins.plugins.deploymentsop.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HodgesLehmannTest {
    @Test
    void shouldComputeTheEstimateOfASmallExampleByHand() {
        // canary {1, 3, 5}, stable {2, 4}: differences -1, -3, 1, -1, 3, 1 sorted -3, -1, -1, 1, 1, 3;
        // an even count of 6, so the median is (-1 + 1) / 2 = 0
        ShiftEstimate even = HodgesLehmann.estimate(new double[] {1, 3, 5}, new double[] {2, 4}, 0.9);
        assertThat(even.estimate()).isEqualTo(0.0);

        // canary {10, 20, 30}, stable {1, 2, 3}: differences 7, 8, 9, 17, 18, 19, 27, 28, 29; the 5th is 18
        ShiftEstimate odd = HodgesLehmann.estimate(new double[] {30, 10, 20}, new double[] {3, 1, 2}, 0.9);
        assertThat(odd.estimate()).isEqualTo(18.0);
        // 3 and 3 values: P(U = 0) = 1/20 = 0.05 >= 0.1 / 2, so c = max(1, 0) = 1 and the 90% interval is D(1)..D(9)
        assertThat(odd.lower()).isEqualTo(7.0);
        assertThat(odd.upper()).isEqualTo(29.0);
        assertThat(odd.exact()).isTrue();
    }

    @Test
    void shouldMatchThePublishedHollanderWolfeChickenExample() {
        // Hollander, Wolfe & Chicken, Nonparametric Statistical Methods (2014), two samples of 9 with ties, as
        // published by the PHUSE CAMIS project (psiaims.github.io/CAMIS, "nparestimate") for SAS PROC NPAR1WAY HL:
        // location shift (A - B) 0.5600, asymptotic (Moses) 95% confidence limits -0.3700 and 1.1830.
        double[] a = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
        double[] b = {0.878, 0.647, 0.598, 2.050, 1.060, 1.290, 1.060, 3.140, 1.290};

        ShiftEstimate shift = HodgesLehmann.estimate(a, b, 0.95);

        assertThat(shift.estimate()).isCloseTo(0.56, within(1e-9));
        assertThat(shift.lower()).isCloseTo(-0.37, within(1e-9));
        assertThat(shift.upper()).isCloseTo(1.183, within(1e-9));
        assertThat(shift.exact()).as("ties force the normal approximation").isFalse();
    }

    @Test
    void shouldAgreeWithListingAllDifferencesOnRandomSamplesWithTies() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 20; round++) {
            int n = 1 + random.nextInt(400);
            int m = 1 + random.nextInt(400);
            double[] x = random.doubles(n, 0, 50).map(Math::rint).toArray(); // integers: many ties
            double[] y = random.doubles(m, 0, 40).map(Math::rint).toArray();
            Arrays.sort(x);
            Arrays.sort(y);
            double[] all = new double[n * m];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    all[i * m + j] = x[i] - y[j];
                }
            }
            Arrays.sort(all);
            PairwiseDifferences differences = new PairwiseDifferences(x, y);
            for (long k : new long[] {0, all.length / 3, all.length / 2, all.length - 1}) {
                assertThat(differences.select(k))
                        .as("rank %d of %d x %d", k, n, m)
                        .isEqualTo(all[(int) k]);
            }
        }
    }

    @Test
    void shouldSelectExactlyInLargeSamplesBeyondTheDirectLimit() {
        SplittableRandom random = new SplittableRandom(11);
        double[] x = random.doubles(700).map(v -> Math.exp(3 * v)).sorted().toArray();
        double[] y = random.doubles(600).map(v -> Math.exp(3 * v)).sorted().toArray();
        double[] all = new double[x.length * y.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y.length; j++) {
                all[i * y.length + j] = x[i] - y[j];
            }
        }
        Arrays.sort(all);
        PairwiseDifferences differences = new PairwiseDifferences(x, y);
        for (long k : new long[] {0, 1, 4242, all.length / 2, all.length - 2, all.length - 1}) {
            assertThat(differences.select(k)).isEqualTo(all[(int) k]);
        }
    }

    @Test
    void shouldSelectSeveralRanksAtOnceAlsoWithHeavyTies() {
        SplittableRandom random = new SplittableRandom(13);
        for (int bound : new int[] {3, 20, 1000}) {
            double[] x = random.doubles(700, 0, bound).map(Math::rint).sorted().toArray();
            double[] y = random.doubles(600, 0, bound).map(Math::rint).sorted().toArray();
            double[] all = new double[x.length * y.length];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < y.length; j++) {
                    all[i * y.length + j] = x[i] - y[j];
                }
            }
            Arrays.sort(all);
            long half = all.length / 2;
            long[] ranks = {0, 1000, half - 1, half, half + 1, all.length - 5000L, all.length - 1L};

            double[] selected = new PairwiseDifferences(x, y).select(ranks);

            for (int r = 0; r < ranks.length; r++) {
                assertThat(selected[r])
                        .as("rank %d, values below %d", ranks[r], bound)
                        .isEqualTo(all[(int) ranks[r]]);
            }
        }
    }

    @Test
    void shouldMatchTheOrderStatisticsOfAllDifferencesOnRandomSmallSamples() {
        SplittableRandom random = new SplittableRandom(19);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(60);
            int m = 1 + random.nextInt(60);
            boolean ties = round % 2 == 0;
            double[] x =
                    random.doubles(n, 0, 30).map(v -> ties ? Math.rint(v) : v).toArray();
            double[] y =
                    random.doubles(m, 0, 25).map(v -> ties ? Math.rint(v) : v).toArray();
            double confidence = round % 3 == 0 ? 0.9 : 0.95;
            double[] all = new double[n * m];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    all[i * m + j] = x[i] - y[j];
                }
            }
            Arrays.sort(all);
            double[] sortedX = x.clone();
            double[] sortedY = y.clone();
            Arrays.sort(sortedX);
            Arrays.sort(sortedY);
            boolean exact = HodgesLehmann.isExact(sortedX, sortedY);
            int c = (int) HodgesLehmann.intervalRank(n, m, confidence, exact);
            double median =
                    all.length % 2 == 1 ? all[all.length / 2] : (all[all.length / 2 - 1] + all[all.length / 2]) / 2;

            ShiftEstimate shift = HodgesLehmann.estimate(x, y, confidence);

            assertThat(shift.estimate()).as("estimate of %d x %d", n, m).isEqualTo(median);
            assertThat(shift.lower()).as("lower bound D(%d)", c).isEqualTo(all[c - 1]);
            assertThat(shift.upper())
                    .as("upper bound D(%d)", all.length + 1 - c)
                    .isEqualTo(all[all.length - c]);
            assertThat(shift.exact()).isEqualTo(exact);
        }
    }
}
