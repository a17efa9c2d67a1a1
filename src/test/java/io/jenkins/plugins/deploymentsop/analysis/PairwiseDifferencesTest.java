package io.jenkins.plugins.deploymentsop.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * The selection in the implicit matrix against listing and sorting all n × m differences: random samples of many
 * shapes (smooth, heavy ties, clumps, a constant side, huge values whose differences overflow), every rank of small
 * matrices, and the ranks of the Hodges-Lehmann estimate and its interval in matrices beyond the direct limit, where
 * the interpolating and sampling rounds do the work.
 */
class PairwiseDifferencesTest {
    private final SplittableRandom random = new SplittableRandom(2026);

    private DoubleSupplier[] shapes() {
        return new DoubleSupplier[] {
            () -> 0.1 * Math.exp(0.5 * random.nextGaussian()), // latencies
            () -> random.nextGaussian(), // both signs
            () -> Math.rint(random.nextDouble(0, 3)), // four values: heavy ties
            () -> Math.rint(random.nextDouble(0, 1000)) / 1000, // millisecond resolution: rounding near-ties
            () -> random.nextDouble() < 0.9 ? 0.05 : 0.5 + random.nextDouble(), // a clump of equal values
            () -> random.nextBoolean() ? 1e308 : -1e308 // differences overflow to infinity
        };
    }

    private static double[] sample(final DoubleSupplier shape, final int size) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = shape.getAsDouble();
        }
        Arrays.sort(values);
        return values;
    }

    private static double[] allDifferences(final double[] x, final double[] y) {
        double[] all = new double[x.length * y.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y.length; j++) {
                all[i * y.length + j] = x[i] - y[j];
            }
        }
        Arrays.sort(all);
        return all;
    }

    private static void assertSelects(
            final double[] x, final double[] y, final double[] all, final long[] ranks, final String what) {
        double[] selected = new PairwiseDifferences(x, y).select(ranks);
        for (int r = 0; r < ranks.length; r++) {
            // == rather than equals: -0.0 and 0.0 are the same difference
            assertThat(selected[r] == all[(int) ranks[r]])
                    .as(
                            "%s: rank %d of %d x %d is %s, selected %s",
                            what, ranks[r], x.length, y.length, all[(int) ranks[r]], selected[r])
                    .isTrue();
        }
    }

    @Test
    void shouldSelectEveryRankOfSmallMatricesLikeSortingAllDifferences() {
        DoubleSupplier[] shapes = shapes();
        for (int round = 0; round < 300; round++) {
            DoubleSupplier shape = shapes[round % shapes.length];
            double[] x = sample(shape, 1 + random.nextInt(40));
            double[] y = sample(shapes[random.nextInt(shapes.length)], 1 + random.nextInt(40));
            double[] all = allDifferences(x, y);
            long[] every = new long[all.length];
            Arrays.setAll(every, k -> k);

            assertSelects(x, y, all, every, "shape " + round % shapes.length);
        }
    }

    @Test
    void shouldSelectTheHodgesLehmannRanksOfLargeMatricesLikeSortingAllDifferences() {
        DoubleSupplier[] shapes = shapes();
        for (int round = 0; round < 2 * shapes.length; round++) {
            DoubleSupplier shape = shapes[round % shapes.length];
            double[] x = sample(shape, 300 + random.nextInt(900));
            double[] y =
                    sample(round < shapes.length ? shape : () -> 1.1 * shape.getAsDouble(), 300 + random.nextInt(900));
            double[] all = allDifferences(x, y);
            long size = all.length;
            long c = HodgesLehmann.intervalRank(x.length, y.length, 0.95, false);
            long[] ranks = {0, c - 1, size / 2 - 1, size / 2, size - c, size - 1};

            assertSelects(x, y, all, ranks, "shape " + round % shapes.length);
        }
    }

    @Test
    void shouldSelectRandomRanksWithRepeatsAndNeighbours() {
        DoubleSupplier[] shapes = shapes();
        for (int round = 0; round < 40; round++) {
            double[] x = sample(shapes[random.nextInt(shapes.length)], 1 + random.nextInt(500));
            double[] y = sample(shapes[random.nextInt(shapes.length)], 1 + random.nextInt(500));
            double[] all = allDifferences(x, y);
            long[] ranks = new long[8];
            for (int r = 0; r < ranks.length; r += 2) {
                ranks[r] = random.nextLong(all.length);
                ranks[r + 1] = Math.min(all.length - 1, ranks[r] + random.nextInt(3)); // the same or a neighbour
            }
            Arrays.sort(ranks);

            assertSelects(x, y, all, ranks, "round " + round);
        }
    }

    @Test
    void shouldSelectInAMatrixOfOneValue() {
        double[] x = new double[3000];
        double[] y = new double[2000];
        Arrays.fill(x, 7);
        Arrays.fill(y, 2);

        assertThat(new PairwiseDifferences(x, y).select(new long[] {0, 2_999_999, 3_000_000, 5_999_999}))
                .containsExactly(5, 5, 5, 5);
    }

    @Test
    void shouldSelectTwoNeighbouringRanksThatFallIntoTwoRunsOfEqualValues() {
        // x all 0, y half 0 and half 1: the differences are 10,000 times -1, then 10,000 times 0, so the two middle
        // ranks lie on either side of the border between two runs of equal values
        double[] x = new double[100];
        double[] y = new double[200];
        Arrays.fill(y, 100, 200, 1);

        assertThat(new PairwiseDifferences(x, y).select(new long[] {9_999, 10_000}))
                .containsExactly(-1, 0);
    }

    @Test
    void shouldRefuseRanksOutOfRangeOrOutOfOrder() {
        PairwiseDifferences differences = new PairwiseDifferences(new double[] {1, 2}, new double[] {3});

        assertThatThrownBy(() -> differences.select(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> differences.select(new long[] {1, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PairwiseDifferences(new double[0], new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
