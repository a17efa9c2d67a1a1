package io.jenkins.plugins.deploymentsop.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The n × m differences {@code x[i] - y[j]} of two sorted samples, ordered without ever being listed: selecting
 * order statistics costs O((n + m) log(n m)) expected time instead of sorting n × m values (10^8 for two samples of
 * 10,000).
 *
 * <p>Each row of the implicit matrix is sorted, so a pointer walking down the columns while the rows grow counts, per
 * row, the differences below (or at most) a pivot in O(n + m). A band of candidate columns per row holds the order
 * statistics sought; each round draws a random sample of the band, takes two pivots from it just outside the ranks
 * sought and keeps only what lies between them (about an eighth of the band per round). Several ranks share the first
 * rounds (the Hodges-Lehmann median and its interval bounds lie close together), then each continues alone; once few
 * candidates remain they are listed and selected directly.
 */
final class PairwiseDifferences {
    /** Candidates listed directly once no more than this remain. */
    private static final int DIRECT_LIMIT = 40_000;
    /** Sample size per round: the band kept is about 4 / sqrt(SAMPLE) of the candidates, plus the ranks' span. */
    private static final int SAMPLE = 1024;

    private final double[] x;
    private final int n;
    private final int m;
    /** y followed by four +Inf: x - Inf is below every pivot, so looking ahead past the end stops there. */
    private final double[] yPadded;

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
        this.n = sortedX.length;
        this.m = sortedY.length;
        this.yPadded = Arrays.copyOf(sortedY, sortedY.length + 4);
        Arrays.fill(this.yPadded, sortedY.length, sortedY.length + 4, Double.POSITIVE_INFINITY);
    }

    long size() {
        return (long) n * m;
    }

    /** Row i ascending in c: the difference of x[i] and the c-th largest y. */
    private double at(final int i, final int c) {
        return x[i] - yPadded[m - 1 - c];
    }

    /**
     * Returns the k-th smallest difference.
     *
     * @param k the rank, from 0 (smallest) to size() - 1
     * @return the difference
     */
    double select(final long k) {
        return select(new long[] {k})[0];
    }

    /**
     * Returns several order statistics at once.
     *
     * @param ranks the ranks, each from 0 to size() - 1, in ascending order
     * @return the differences at these ranks
     */
    double[] select(final long[] ranks) {
        for (int r = 0; r < ranks.length; r++) {
            if (ranks[r] < 0 || ranks[r] >= size() || r > 0 && ranks[r] < ranks[r - 1]) {
                throw new IllegalArgumentException(
                        "Ranks must ascend within 0.." + (size() - 1) + ": " + Arrays.toString(ranks));
            }
        }
        Band shared = new Band(n, m);
        Search together = new Search(shared, ranks[0], ranks[ranks.length - 1]);
        long span = ranks[ranks.length - 1] - ranks[0] + 1;
        // shared rounds while the band is much wider than the ranks' span; stop when a round makes no progress
        while (shared.remaining > DIRECT_LIMIT && shared.remaining > 2 * span + DIRECT_LIMIT) {
            long before = shared.remaining;
            round(List.of(together));
            if (shared.remaining >= before) {
                break;
            }
        }
        double[] values = new double[ranks.length];
        List<Search> searches = new ArrayList<>();
        for (int r = 0; r < ranks.length; r++) {
            if (r == 0 || ranks[r] != ranks[r - 1] + 1) {
                searches.add(new Search(shared.copy(), ranks[r], ranks[r]));
            }
        }
        List<Search> active = new ArrayList<>(searches);
        active.removeIf(search -> search.band.remaining <= DIRECT_LIMIT);
        while (!active.isEmpty()) {
            round(active);
            active.removeIf(search -> search.found || search.band.remaining <= DIRECT_LIMIT);
        }
        int next = 0;
        for (int r = 0; r < ranks.length; r++) {
            if (r > 0 && ranks[r] == ranks[r - 1] + 1) {
                values[r] = following(values[r - 1], ranks[r]);
            } else {
                Search search = searches.get(next++);
                values[r] = search.found ? search.value : selectDirectly(search.band, search.kLow);
            }
        }
        return values;
    }

    /** One round for each search: sample, choose pivots, count them, narrow. */
    private void round(final List<Search> searches) {
        for (Search search : searches) {
            Band band = search.band;
            double[] sample = sample(band);
            int spread = (int) Math.ceil(2 * Math.sqrt(sample.length));
            int lowIndex = clamp(
                    (int) ((search.kLow - band.below + 0.5) / band.remaining * sample.length) - spread, sample.length);
            int highIndex = clamp(
                    (int) ((search.kHigh - band.below + 0.5) / band.remaining * sample.length) + spread, sample.length);
            double low = QuickSelect.select(sample, lowIndex);
            double high = QuickSelect.select(sample, highIndex);
            PivotCounts lower = new PivotCounts(low, search.lessLow, search.atMostLow);
            PivotCounts upper = lower;
            if (low != high) {
                // the usual round needs "at most low" and "below high"; other counts are taken later if needed
                upper = new PivotCounts(high, search.lessHigh, search.atMostHigh);
                long[] totals = countBoth(low, search.atMostLow, high, search.lessHigh);
                lower.atMost = totals[0];
                upper.less = totals[1];
            }
            narrow(search, lower, upper);
        }
    }

    /**
     * Moves a search's band edges. For a pivot p, the ranks below count(< p) hold smaller values, the ranks from
     * count(<= p) on larger ones, and those between hold p. The new left edge is the largest of these counts not
     * above kLow, the new right edge the smallest above kHigh. If a single rank falls among the differences equal to
     * a pivot, the search has found it.
     */
    private void narrow(final Search search, final PivotCounts lower, final PivotCounts upper) {
        long kLow = search.kLow;
        long kHigh = search.kHigh;
        int[] newLo = null;
        PivotCounts loPivot = null;
        if (upper.less() <= kLow) {
            loPivot = upper;
            newLo = upper.atMost() <= kLow ? upper.atMostRows : upper.lessRows;
        } else if (lower.atMost() <= kLow) {
            newLo = lower.atMostRows;
        } else if (lower.less() <= kLow) {
            loPivot = lower;
            newLo = lower.lessRows;
        }
        int[] newHi = null;
        if (lower.atMost() > kHigh) {
            newHi = lower.less() > kHigh ? lower.lessRows : lower.atMostRows;
        } else if (upper.less() > kHigh) {
            newHi = upper.lessRows;
        } else if (upper.atMost() > kHigh) {
            newHi = upper.atMostRows;
        }
        if (kLow == kHigh && loPivot != null && newLo == loPivot.lessRows && newHi == loPivot.atMostRows) {
            search.found = true;
            search.value = loPivot.pivot;
            return;
        }
        Band band = search.band;
        long remaining = 0;
        long below = 0;
        for (int i = 0; i < n; i++) {
            if (newLo != null && newLo[i] > band.lo[i]) {
                band.lo[i] = newLo[i];
            }
            if (newHi != null && newHi[i] < band.hi[i]) {
                band.hi[i] = newHi[i];
            }
            remaining += band.hi[i] - band.lo[i];
            below += band.lo[i];
        }
        band.remaining = remaining;
        band.below = below;
    }

    // Row i holds x[i] - y[j] falling as j grows, and a count only shrinks as i grows, so a pointer walks down the
    // columns once per pivot: O(n + m). It usually moves by 0, 1 or 2 per row, so it looks four columns ahead at once
    // without branching on the data (the row is sorted: the true comparisons come first, their sum is the steps).

    /**
     * Counts per row the differences below ({@code strict}) or at most the pivot.
     *
     * @return the total
     */
    private long count(final double pivot, final boolean strict, final int[] perRow) {
        long total = 0;
        int c = m;
        double[] padded = yPadded;
        for (int i = 0; i < n; i++) {
            double xi = x[i];
            int steps;
            do {
                int base = m - c;
                if (strict) {
                    steps = (xi - padded[base] >= pivot ? 1 : 0)
                            + (xi - padded[base + 1] >= pivot ? 1 : 0)
                            + (xi - padded[base + 2] >= pivot ? 1 : 0)
                            + (xi - padded[base + 3] >= pivot ? 1 : 0);
                } else {
                    steps = (xi - padded[base] > pivot ? 1 : 0)
                            + (xi - padded[base + 1] > pivot ? 1 : 0)
                            + (xi - padded[base + 2] > pivot ? 1 : 0)
                            + (xi - padded[base + 3] > pivot ? 1 : 0);
                }
                c -= steps;
            } while (steps == 4);
            perRow[i] = c;
            total += c;
        }
        return total;
    }

    /**
     * Counts the differences at most {@code low} and those below {@code high} in one walk. The two pointers do not
     * depend on each other, so the processor works on both at once instead of waiting on one chain of loads.
     *
     * @return the totals {at most low, below high}
     */
    private long[] countBoth(final double low, final int[] atMostLow, final double high, final int[] lessHigh) {
        long totalLow = 0;
        long totalHigh = 0;
        int cLow = m;
        int cHigh = m;
        double[] padded = yPadded;
        for (int i = 0; i < n; i++) {
            double xi = x[i];
            int stepsLow;
            do {
                int base = m - cLow;
                stepsLow = (xi - padded[base] > low ? 1 : 0)
                        + (xi - padded[base + 1] > low ? 1 : 0)
                        + (xi - padded[base + 2] > low ? 1 : 0)
                        + (xi - padded[base + 3] > low ? 1 : 0);
                cLow -= stepsLow;
            } while (stepsLow == 4);
            int stepsHigh;
            do {
                int base = m - cHigh;
                stepsHigh = (xi - padded[base] >= high ? 1 : 0)
                        + (xi - padded[base + 1] >= high ? 1 : 0)
                        + (xi - padded[base + 2] >= high ? 1 : 0)
                        + (xi - padded[base + 3] >= high ? 1 : 0);
                cHigh -= stepsHigh;
            } while (stepsHigh == 4);
            atMostLow[i] = cLow;
            lessHigh[i] = cHigh;
            totalLow += cLow;
            totalHigh += cHigh;
        }
        return new long[] {totalLow, totalHigh};
    }

    /** The difference at rank k, knowing the one at rank k - 1: the same value, or the smallest one above it. */
    private double following(final double previous, final long k) {
        int[] atMost = new int[n];
        if (k < count(previous, false, atMost)) {
            return previous;
        }
        double smallestAbove = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (atMost[i] < m) {
                smallestAbove = Math.min(smallestAbove, at(i, atMost[i]));
            }
        }
        return smallestAbove;
    }

    private static int clamp(final int index, final int length) {
        return Math.max(0, Math.min(length - 1, index));
    }

    /**
     * Draws candidates uniformly (with replacement) from the band: a random row and a random offset below the widest
     * row's width, kept if the row is that wide (cheap while the rows' widths are alike); otherwise by the cumulative
     * widths.
     */
    private double[] sample(final Band band) {
        double[] sample = new double[(int) Math.min(SAMPLE, band.remaining)];
        int widest = 0;
        for (int i = 0; i < n; i++) {
            widest = Math.max(widest, band.hi[i] - band.lo[i]);
        }
        if ((double) widest * n <= 4.0 * band.remaining) {
            int s = 0;
            while (s < sample.length) {
                int row = random.nextInt(n);
                int offset = random.nextInt(widest);
                if (offset < band.hi[row] - band.lo[row]) {
                    sample[s++] = at(row, band.lo[row] + offset);
                }
            }
            return sample;
        }
        long[] cumulative = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += band.hi[i] - band.lo[i];
            cumulative[i] = sum;
        }
        for (int s = 0; s < sample.length; s++) {
            long r = random.nextLong(band.remaining);
            int row = upperBound(cumulative, r);
            long before = row == 0 ? 0 : cumulative[row - 1];
            sample[s] = at(row, band.lo[row] + (int) (r - before));
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

    private double selectDirectly(final Band band, final long k) {
        double[] candidates = new double[(int) band.remaining];
        int next = 0;
        for (int i = 0; i < n; i++) {
            for (int c = band.lo[i]; c < band.hi[i]; c++) {
                candidates[next++] = at(i, c);
            }
        }
        return QuickSelect.select(candidates, (int) (k - band.below));
    }

    /** The search for the ranks kLow..kHigh: its band, its pivots and their per-row counts. */
    private final class Search {
        private final Band band;
        private final long kLow;
        private final long kHigh;
        private final int[] lessLow = new int[n];
        private final int[] atMostLow = new int[n];
        private final int[] lessHigh = new int[n];
        private final int[] atMostHigh = new int[n];
        private boolean found;
        private double value;

        Search(final Band band, final long kLow, final long kHigh) {
            this.band = band;
            this.kLow = kLow;
            this.kHigh = kHigh;
        }
    }

    /** The counts of one pivot, each taken when first needed. */
    private final class PivotCounts {
        private final double pivot;
        private final int[] lessRows;
        private final int[] atMostRows;
        private long less = -1;
        private long atMost = -1;

        PivotCounts(final double pivot, final int[] lessRows, final int[] atMostRows) {
            this.pivot = pivot;
            this.lessRows = lessRows;
            this.atMostRows = atMostRows;
        }

        long less() {
            if (less < 0) {
                less = count(pivot, true, lessRows);
            }
            return less;
        }

        long atMost() {
            if (atMost < 0) {
                atMost = count(pivot, false, atMostRows);
            }
            return atMost;
        }
    }

    /** The candidate columns [lo, hi) of each row; the differences left of the band rank before it. */
    private static final class Band {
        private final int[] lo;
        private final int[] hi;
        private long remaining;
        private long below;

        Band(final int rows, final int columns) {
            lo = new int[rows];
            hi = new int[rows];
            Arrays.fill(hi, columns);
            remaining = (long) rows * columns;
        }

        private Band(final Band other) {
            lo = other.lo.clone();
            hi = other.hi.clone();
            remaining = other.remaining;
            below = other.below;
        }

        Band copy() {
            return new Band(this);
        }
    }
}
