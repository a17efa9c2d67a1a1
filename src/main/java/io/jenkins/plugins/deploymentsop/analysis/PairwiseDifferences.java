package io.jenkins.plugins.deploymentsop.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The n × m differences {@code x[i] - y[j]} of two sorted samples, ordered without ever being listed: selecting the
 * k-th smallest costs O((n + m) log(n m)) expected time instead of sorting n × m values (10^8 for two samples of
 * 10,000). Each row of the implicit matrix is sorted, so a two-pointer walk counts the differences below a pivot in
 * O(n + m). Pivots are drawn from a random sample of the remaining candidates around the rank sought, so each round
 * keeps only a small band of candidates; once few remain they are listed and selected directly.
 */
final class PairwiseDifferences {
    /** Candidates listed directly once fewer than this remain (or the matrix is this small). */
    private static final int DIRECT_LIMIT = 50_000;
    /** Sample size per round: the band kept is about 4 / sqrt(SAMPLE) of the candidates. */
    private static final int SAMPLE = 1024;

    private final double[] x;
    private final double[] y;
    private final int n;
    private final int m;
    private final SplittableRandom random = new SplittableRandom(0x5eed);

    /**
     * Wraps two sorted samples (not copied).
     *
     * @param sortedX the first sample, ascending
     * @param sortedY the second sample, ascending
     */
    PairwiseDifferences(final double[] sortedX, final double[] sortedY) {
        if (sortedX.length == 0 || sortedY.length == 0) {
            throw new IllegalArgumentException("Both samples need at least one value");
        }
        this.x = sortedX;
        this.y = sortedY;
        this.n = sortedX.length;
        this.m = sortedY.length;
    }

    long size() {
        return (long) n * m;
    }

    /** Row i ascending in c: the difference of x[i] and the c-th largest y. */
    private double at(final int i, final int c) {
        return x[i] - y[m - 1 - c];
    }

    /**
     * Returns the k-th smallest difference.
     *
     * @param k the rank, from 0 (smallest) to size() - 1
     * @return the difference
     */
    double select(final long k) {
        if (k < 0 || k >= size()) {
            throw new IllegalArgumentException("Rank " + k + " outside 0.." + (size() - 1));
        }
        int[] lo = new int[n];
        int[] hi = new int[n];
        Arrays.fill(hi, m);
        long remaining = size();
        long below = 0;
        int[] lessLow = new int[n];
        int[] atMostLow = new int[n];
        int[] lessHigh = new int[n];
        int[] atMostHigh = new int[n];
        while (remaining > DIRECT_LIMIT) {
            double[] sample = sample(lo, hi, remaining);
            Arrays.sort(sample);
            double position = (k - below + 0.5) / remaining * sample.length;
            int spread = (int) Math.ceil(2 * Math.sqrt(sample.length));
            double low = sample[clamp((int) position - spread, sample.length)];
            double high = sample[clamp((int) position + spread, sample.length)];
            long lessThanLow = count(low, false, lessLow);
            long atMostLowCount = count(low, true, atMostLow);
            if (k < lessThanLow) {
                narrow(lo, hi, null, lessLow);
            } else if (k < atMostLowCount) {
                return low;
            } else {
                long lessThanHigh = count(high, false, lessHigh);
                long atMostHighCount = count(high, true, atMostHigh);
                if (k < lessThanHigh) {
                    narrow(lo, hi, atMostLow, lessHigh);
                } else if (k < atMostHighCount) {
                    return high;
                } else {
                    narrow(lo, hi, atMostHigh, null);
                }
            }
            long newRemaining = 0;
            long newBelow = 0;
            for (int i = 0; i < n; i++) {
                newRemaining += hi[i] - lo[i];
                newBelow += lo[i];
            }
            remaining = newRemaining;
            below = newBelow;
        }
        return selectDirectly(lo, hi, remaining, k - below);
    }

    private static int clamp(final int index, final int length) {
        return Math.max(0, Math.min(length - 1, index));
    }

    private static void narrow(
            final int[] lo,
            final int[] hi,
            @edu.umd.cs.findbugs.annotations.CheckForNull final int[] newLo,
            @edu.umd.cs.findbugs.annotations.CheckForNull final int[] newHi) {
        for (int i = 0; i < lo.length; i++) {
            if (newLo != null) {
                lo[i] = Math.max(lo[i], newLo[i]);
            }
            if (newHi != null) {
                hi[i] = Math.min(hi[i], newHi[i]);
            }
        }
    }

    /**
     * Counts per row the differences below the pivot (or at most the pivot), walking one pointer down the columns.
     *
     * @return the total count
     */
    private long count(final double pivot, final boolean inclusive, final int[] perRow) {
        long total = 0;
        int c = m;
        for (int i = 0; i < n; i++) {
            if (inclusive) {
                while (c > 0 && at(i, c - 1) > pivot) {
                    c--;
                }
            } else {
                while (c > 0 && at(i, c - 1) >= pivot) {
                    c--;
                }
            }
            perRow[i] = c;
            total += c;
        }
        return total;
    }

    /** Draws candidates uniformly (with replacement) from the remaining band. */
    private double[] sample(final int[] lo, final int[] hi, final long remaining) {
        long[] cumulative = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += hi[i] - lo[i];
            cumulative[i] = sum;
        }
        double[] sample = new double[(int) Math.min(SAMPLE, remaining)];
        for (int s = 0; s < sample.length; s++) {
            long r = random.nextLong(remaining);
            int row = upperBound(cumulative, r);
            long before = row == 0 ? 0 : cumulative[row - 1];
            sample[s] = at(row, lo[row] + (int) (r - before));
        }
        return sample;
    }

    /** The first index whose cumulative count exceeds r. */
    private static int upperBound(final long[] cumulative, final long r) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > r) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private double selectDirectly(final int[] lo, final int[] hi, final long remaining, final long rank) {
        double[] candidates = new double[(int) remaining];
        int next = 0;
        for (int i = 0; i < n; i++) {
            for (int c = lo[i]; c < hi[i]; c++) {
                candidates[next++] = at(i, c);
            }
        }
        return QuickSelect.select(candidates, (int) rank);
    }
}
