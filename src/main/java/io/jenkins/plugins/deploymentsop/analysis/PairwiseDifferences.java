package io.jenkins.plugins.deploymentsop.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The n × m differences {@code x[i] - y[j]} of two sorted samples, ordered without ever being listed: selecting
 * exact order statistics costs O((n + m) log(n m)) instead of sorting n × m values (10^8 for two samples of 10,000).
 *
 * <p>Row i, column c of the implicit matrix holds {@code x[i] - y[m - 1 - c]}, so every row and every column ascends.
 * A search keeps per row a band of columns [lo, hi) known to hold the ranks sought: everything left of it ranks
 * before, everything right of it after. A pivot is counted per row (the differences below, or at most, the pivot)
 * and becomes a new band edge if it lies on the right side of the ranks (Johnson and Mitchell 1978; Monahan 1984).
 * Counting is exact, so the choice of pivots only decides how fast the band shrinks, never the result:
 *
 * <ul>
 *   <li>first a random sample of the matrix, pivots three standard deviations outside the ranks sought (Floyd and
 *       Rivest): under a tenth of the matrix remains, shared by all ranks sought, since those of the Hodges-Lehmann
 *       estimate and its interval lie close together;
 *   <li>then each rank alone by interpolation between the band's edge values: where the differences are spread
 *       smoothly the error is a few times the square root of the band, so pivots that far from the estimate leave
 *       a few ten thousand candidates, then a few thousand, in two rounds;
 *   <li>a round that does not shrink its band fourfold (ties, clumps) makes the next a sampling round, which always
 *       makes progress or finds the value among the differences equal to its pivot;
 *   <li>a few thousand candidates left are listed and selected directly.
 * </ul>
 *
 * <p>A wide band is counted by a staircase walk over all rows (the count in a row never grows from one row to the
 * next), split into four stretches of rows that the processor walks at the same time; a narrow band by scanning each
 * row from its band's left edge, which costs about one step per row.
 */
final class PairwiseDifferences {
    /** Candidates listed and selected directly once no more than this remain. */
    private static final int DIRECT_LIMIT = 4096;
    /** Sample of the first, shared round. */
    private static final int FIRST_SAMPLE = 2048;
    /** Sample of later sampling rounds. */
    private static final int SAMPLE = 1024;
    /** Interpolated pivots lie this many square roots of the band away from the ranks sought. */
    private static final double MARGIN = 4;
    /** A round that leaves more than this share of its band is followed by a sampling round. */
    private static final double GOOD_PROGRESS = 0.25;
    /** Bands narrower than this many candidates per row are counted by scanning each row from its left edge. */
    private static final int SCAN_WIDTH = 8;
    /** Padding on either side of the columns, for looking ahead four at a time. */
    private static final int PAD = 4;
    /** The kinds of count: differences below the pivot, or at most the pivot. */
    private static final boolean BELOW = true;

    private static final boolean AT_MOST = false;
    /** Rows below which a staircase walk is not split into stretches. */
    private static final int SPLIT_ROWS = 256;

    private final double[] x;
    private final int n;
    private final int m;
    /**
     * y in column order (descending) between four +Inf and four -Inf: x - Inf left of column 0 is below every
     * pivot, x + Inf right of the last column above every finite one, so looking ahead past either end stops there.
     */
    private final double[] padded;

    private final SplittableRandom random = new SplittableRandom(0x5eed);

    // the per-row counts of a round's pivots; searches run one after the other, so they share them
    private final int[] lessLow;
    private final int[] atMostLow;
    private final int[] lessHigh;
    private final int[] atMostHigh;

    /**
     * Wraps two sorted samples (x is not copied).
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
        this.padded = new double[PAD + m + PAD];
        Arrays.fill(padded, 0, PAD, Double.POSITIVE_INFINITY);
        for (int c = 0; c < m; c++) {
            padded[PAD + c] = sortedY[m - 1 - c];
        }
        Arrays.fill(padded, PAD + m, PAD + m + PAD, Double.NEGATIVE_INFINITY);
        this.lessLow = new int[n];
        this.atMostLow = new int[n];
        this.lessHigh = new int[n];
        this.atMostHigh = new int[n];
    }

    long size() {
        return (long) n * m;
    }

    /** Row i ascending in c. */
    private double at(final int i, final int c) {
        return x[i] - padded[PAD + c];
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
        double[] values = new double[ranks.length];
        if (ranks.length == 0) {
            return values;
        }
        Band shared = new Band(n, m);
        if (shared.remaining > DIRECT_LIMIT) {
            Search together = new Search(shared, ranks[0], ranks[ranks.length - 1]);
            round(together, FIRST_SAMPLE);
            if (together.found) {
                Arrays.fill(values, together.value);
                return values;
            }
        }
        List<Search> searches = new ArrayList<>();
        for (int r = 0; r < ranks.length; r++) {
            if (r == 0 || ranks[r] > ranks[r - 1] + 1) {
                searches.add(new Search(shared.copy(), ranks[r], ranks[r]));
            } else if (ranks[r] == ranks[r - 1] + 1) {
                searches.set(
                        searches.size() - 1, searches.get(searches.size() - 1).extendedTo(ranks[r]));
            }
        }
        List<Search> done = new ArrayList<>();
        while (!searches.isEmpty()) {
            Search search = searches.remove(searches.size() - 1);
            searches.addAll(finish(search));
            if (search.isDone()) {
                done.add(search);
            }
        }
        for (int r = 0; r < ranks.length; r++) {
            values[r] = valueOf(done, ranks[r]);
        }
        return values;
    }

    /**
     * Narrows a search until it is found or small enough to list; a range of ranks that a pivot splits (two ranks in
     * a run of equal values) is continued as one search per rank.
     *
     * @return the searches it was split into, empty if it finished itself
     */
    private List<Search> finish(final Search search) {
        while (search.band.remaining > DIRECT_LIMIT && !search.found) {
            long before = search.band.remaining;
            boolean sampled = round(search, SAMPLE);
            if (search.found) {
                return List.of();
            }
            if (sampled && search.band.remaining == before && search.kLow < search.kHigh) {
                // a sampling round always narrows a single rank; a range may straddle a run of equal values
                List<Search> single = new ArrayList<>();
                for (long k = search.kLow; k <= search.kHigh; k++) {
                    single.add(new Search(search.band.copy(), k, k));
                }
                return single;
            }
        }
        if (!search.found) {
            search.listed = selectDirectly(search.band, search.kLow, search.kHigh);
        }
        return List.of();
    }

    private static double valueOf(final List<Search> searches, final long rank) {
        for (Search search : searches) {
            if (search.kLow <= rank && rank <= search.kHigh) {
                return search.found ? search.value : search.listed[(int) (rank - search.kLow)];
            }
        }
        throw new IllegalStateException("No search for rank " + rank);
    }

    /**
     * One round of a search: choose pivots, count them, narrow its band.
     *
     * @return whether the pivots were sampled from the band
     */
    private boolean round(final Search search, final int sampleSize) {
        Band band = search.band;
        long before = band.remaining;
        double[] pivots = search.interpolate ? interpolatedPivots(search) : new double[0];
        boolean sampled = pivots.length == 0;
        if (sampled) {
            pivots = sampledPivots(search, sampleSize);
        }
        PivotCounts lower = new PivotCounts(pivots[0], lessLow, atMostLow, band);
        PivotCounts upper = lower;
        if (pivots[1] != pivots[0]) {
            // a round that brackets the ranks needs "at most low" and "below high"; others are counted if needed
            upper = new PivotCounts(pivots[1], lessHigh, atMostHigh, band);
        }
        narrow(search, lower, upper);
        search.interpolate = !search.found && band.remaining <= GOOD_PROGRESS * before && band.hasFiniteEdges();
        return sampled;
    }

    /**
     * Pivots by linear interpolation between the band's edge values, {@value #MARGIN} square roots of the band
     * outside the ranks sought.
     *
     * @return two pivots strictly between the edge values, or none if interpolation cannot place them
     */
    private double[] interpolatedPivots(final Search search) {
        Band band = search.band;
        double step = (band.highValue - band.lowValue) / band.remaining;
        long margin = (long) Math.ceil(MARGIN * Math.sqrt(band.remaining));
        double low = band.lowValue + (search.kLow - margin - band.below + 0.5) * step;
        double high = band.lowValue + (search.kHigh + margin - band.below + 0.5) * step;
        boolean lowInside = search.kLow - margin > band.below && low > band.lowValue && low < band.highValue;
        boolean highInside =
                search.kHigh + margin < band.below + band.remaining && high > band.lowValue && high < band.highValue;
        if (!Double.isFinite(step) || !lowInside && !highInside) {
            return new double[0];
        }
        return new double[] {lowInside ? low : high, highInside ? high : low};
    }

    /** Two pivots from a random sample of the band, a little outside the ranks sought. */
    private double[] sampledPivots(final Search search, final int sampleSize) {
        Band band = search.band;
        double[] sample = sample(band, sampleSize);
        int spread = (int) Math.ceil(1.5 * Math.sqrt(sample.length)); // three standard deviations of a rank
        int lowIndex = clamp(
                (int) ((search.kLow - band.below + 0.5) / band.remaining * sample.length) - spread, sample.length);
        int highIndex = clamp(
                (int) ((search.kHigh - band.below + 0.5) / band.remaining * sample.length) + spread, sample.length);
        return new double[] {QuickSelect.select(sample, lowIndex), QuickSelect.select(sample, highIndex)};
    }

    /**
     * Moves a search's band edges. For a pivot p, the ranks below count(< p) hold smaller values, the ranks from
     * count(<= p) on larger ones, and those between hold p. The new left edge is the largest of these counts not
     * above kLow, the new right edge the smallest above kHigh. If all ranks sought fall among the differences equal
     * to a pivot, the search has found them.
     */
    private void narrow(final Search search, final PivotCounts lower, final PivotCounts upper) {
        long kLow = search.kLow;
        long kHigh = search.kHigh;
        if (lower != upper) {
            countTogether(lower, upper);
        }
        int[] newLo = null;
        PivotCounts loPivot = null;
        PivotCounts loEdge = null;
        if (upper.less() <= kLow) {
            loEdge = upper;
            loPivot = upper;
            newLo = upper.atMost() <= kLow ? upper.atMostRows : upper.lessRows;
        } else if (lower.atMost() <= kLow) {
            loEdge = lower;
            newLo = lower.atMostRows;
        } else if (lower.less() <= kLow) {
            loEdge = lower;
            loPivot = lower;
            newLo = lower.lessRows;
        }
        int[] newHi = null;
        PivotCounts hiEdge = null;
        if (lower.atMost() > kHigh) {
            hiEdge = lower;
            newHi = lower.less() > kHigh ? lower.lessRows : lower.atMostRows;
        } else if (upper.less() > kHigh) {
            hiEdge = upper;
            newHi = upper.lessRows;
        } else if (upper.atMost() > kHigh) {
            hiEdge = upper;
            newHi = upper.atMostRows;
        }
        if (loPivot != null && newLo == loPivot.lessRows && newHi == loPivot.atMostRows) {
            search.found = true;
            search.value = loPivot.pivot;
            return;
        }
        Band band = search.band;
        if (newLo != null) {
            int[] lo = band.lo;
            for (int i = 0; i < n; i++) {
                lo[i] = Math.max(lo[i], newLo[i]);
            }
        }
        if (newHi != null) {
            int[] hi = band.hi;
            for (int i = 0; i < n; i++) {
                hi[i] = Math.min(hi[i], newHi[i]);
            }
        }
        band.below = sum(band.lo);
        band.remaining = sum(band.hi) - band.below;
        if (loEdge != null) {
            band.lowValue = Math.max(band.lowValue, loEdge.pivot);
        }
        if (hiEdge != null) {
            band.highValue = Math.min(band.highValue, hiEdge.pivot);
        }
    }

    /**
     * Counts per row the differences below ({@code strict}) or at most the pivot. The pivot is a difference of the
     * band or lies strictly between its edge values, so everything left of the band is counted already.
     *
     * @return the total
     */
    private long count(final double pivot, final boolean strict, final int[] perRow, final Band band) {
        if (isNarrow(band)) {
            return strict ? scan(pivot, perRow, band.lo, BELOW) : scan(pivot, perRow, band.lo, AT_MOST);
        }
        return strict ? walk(pivot, perRow, BELOW) : walk(pivot, perRow, AT_MOST);
    }

    /** Counts "at most the lower pivot" and "below the upper one", the two counts of a round that brackets. */
    private void countTogether(final PivotCounts lower, final PivotCounts upper) {
        Band band = lower.band;
        long[] totals = isNarrow(band)
                ? scanTogether(lower.pivot, lower.atMostRows, upper.pivot, upper.lessRows, band.lo)
                : walkTogether(lower.pivot, lower.atMostRows, upper.pivot, upper.lessRows);
        lower.atMost = totals[0];
        upper.less = totals[1];
    }

    private boolean isNarrow(final Band band) {
        return band.remaining <= (long) SCAN_WIDTH * n;
    }

    // ---- counting a narrow band: each row on its own, from the band's left edge to the right

    private long scan(final double pivot, final int[] perRow, final int[] lo, final boolean strict) {
        long total = 0;
        for (int i = 0; i < n; i++) {
            int c = right(x[i], lo[i], pivot, strict);
            perRow[i] = c;
            total += c;
        }
        return total;
    }

    private long[] scanTogether(
            final double low, final int[] atMostLow, final double high, final int[] lessHigh, final int[] lo) {
        long totalLow = 0;
        long totalHigh = 0;
        for (int i = 0; i < n; i++) {
            double xi = x[i];
            int from = lo[i];
            int cLow = right(xi, from, low, AT_MOST);
            int cHigh = right(xi, from, high, BELOW);
            atMostLow[i] = cLow;
            lessHigh[i] = cHigh;
            totalLow += cLow;
            totalHigh += cHigh;
        }
        return new long[] {totalLow, totalHigh};
    }

    /**
     * Moves right from column {@code from} while the differences are at most (or below) the pivot. The row ascends,
     * so the comparisons that hold come first and their sum is the steps to take; the padding right of the last
     * column (x + Inf) holds for no finite pivot, and the bound stops an infinite one.
     */
    private int right(final double xi, final int from, final double pivot, final boolean strict) {
        double[] column = padded;
        int c = from;
        int steps;
        do {
            int at = PAD + c;
            steps = strict
                    ? (xi - column[at] < pivot ? 1 : 0)
                            + (xi - column[at + 1] < pivot ? 1 : 0)
                            + (xi - column[at + 2] < pivot ? 1 : 0)
                            + (xi - column[at + 3] < pivot ? 1 : 0)
                    : (xi - column[at] <= pivot ? 1 : 0)
                            + (xi - column[at + 1] <= pivot ? 1 : 0)
                            + (xi - column[at + 2] <= pivot ? 1 : 0)
                            + (xi - column[at + 3] <= pivot ? 1 : 0);
            c += steps;
        } while (steps == 4 && c < m);
        return Math.min(c, m);
    }

    // ---- counting a wide band: a staircase walk, in four stretches of rows at once

    /**
     * Walks the staircase: a row's count is at most the previous row's, so a pointer moves left through the columns
     * once per pivot, O(n + m). Each stretch of rows starts from a binary search, so the four pointers do not wait
     * on one another and the processor moves them together.
     */
    private long walk(final double pivot, final int[] perRow, final boolean strict) {
        int stretch = n / 4;
        if (stretch < SPLIT_ROWS) {
            int c = m;
            long total = 0;
            for (int i = 0; i < n; i++) {
                c = left(x[i], c, pivot, strict);
                perRow[i] = c;
                total += c;
            }
            return total;
        }
        int second = stretch;
        int third = 2 * stretch;
        int fourth = 3 * stretch;
        int c1 = firstCount(x[0], pivot, strict);
        int c2 = firstCount(x[second], pivot, strict);
        int c3 = firstCount(x[third], pivot, strict);
        int c4 = firstCount(x[fourth], pivot, strict);
        long total = 0;
        for (int i = 0; i < stretch; i++) {
            c1 = left(x[i], c1, pivot, strict);
            c2 = left(x[second + i], c2, pivot, strict);
            c3 = left(x[third + i], c3, pivot, strict);
            c4 = left(x[fourth + i], c4, pivot, strict);
            perRow[i] = c1;
            perRow[second + i] = c2;
            perRow[third + i] = c3;
            perRow[fourth + i] = c4;
            total += (long) c1 + c2 + c3 + c4;
        }
        for (int i = fourth + stretch; i < n; i++) {
            c4 = left(x[i], c4, pivot, strict);
            perRow[i] = c4;
            total += c4;
        }
        return total;
    }

    /** Two pivots in one walk: eight pointers that do not depend on one another. */
    private long[] walkTogether(final double low, final int[] atMostLow, final double high, final int[] lessHigh) {
        int stretch = n / 4;
        if (stretch < SPLIT_ROWS) {
            return new long[] {walk(low, atMostLow, AT_MOST), walk(high, lessHigh, BELOW)};
        }
        int second = stretch;
        int third = 2 * stretch;
        int fourth = 3 * stretch;
        int l1 = firstCount(x[0], low, AT_MOST);
        int l2 = firstCount(x[second], low, AT_MOST);
        int l3 = firstCount(x[third], low, AT_MOST);
        int l4 = firstCount(x[fourth], low, AT_MOST);
        int h1 = firstCount(x[0], high, BELOW);
        int h2 = firstCount(x[second], high, BELOW);
        int h3 = firstCount(x[third], high, BELOW);
        int h4 = firstCount(x[fourth], high, BELOW);
        long totalLow = 0;
        long totalHigh = 0;
        for (int i = 0; i < stretch; i++) {
            double x1 = x[i];
            double x2 = x[second + i];
            double x3 = x[third + i];
            double x4 = x[fourth + i];
            l1 = left(x1, l1, low, AT_MOST);
            h1 = left(x1, h1, high, BELOW);
            l2 = left(x2, l2, low, AT_MOST);
            h2 = left(x2, h2, high, BELOW);
            l3 = left(x3, l3, low, AT_MOST);
            h3 = left(x3, h3, high, BELOW);
            l4 = left(x4, l4, low, AT_MOST);
            h4 = left(x4, h4, high, BELOW);
            atMostLow[i] = l1;
            atMostLow[second + i] = l2;
            atMostLow[third + i] = l3;
            atMostLow[fourth + i] = l4;
            lessHigh[i] = h1;
            lessHigh[second + i] = h2;
            lessHigh[third + i] = h3;
            lessHigh[fourth + i] = h4;
            totalLow += (long) l1 + l2 + l3 + l4;
            totalHigh += (long) h1 + h2 + h3 + h4;
        }
        for (int i = fourth + stretch; i < n; i++) {
            l4 = left(x[i], l4, low, AT_MOST);
            h4 = left(x[i], h4, high, BELOW);
            atMostLow[i] = l4;
            lessHigh[i] = h4;
            totalLow += l4;
            totalHigh += h4;
        }
        return new long[] {totalLow, totalHigh};
    }

    /**
     * Moves left from the previous row's count while the difference left of it is above (or at) the pivot; the
     * padding left of column 0 (x - Inf) is above no pivot, and the bound stops a pivot of -Inf.
     */
    private int left(final double xi, final int from, final double pivot, final boolean strict) {
        double[] column = padded;
        int c = from;
        int steps;
        do {
            int at = PAD + c - 1;
            steps = strict
                    ? (xi - column[at] >= pivot ? 1 : 0)
                            + (xi - column[at - 1] >= pivot ? 1 : 0)
                            + (xi - column[at - 2] >= pivot ? 1 : 0)
                            + (xi - column[at - 3] >= pivot ? 1 : 0)
                    : (xi - column[at] > pivot ? 1 : 0)
                            + (xi - column[at - 1] > pivot ? 1 : 0)
                            + (xi - column[at - 2] > pivot ? 1 : 0)
                            + (xi - column[at - 3] > pivot ? 1 : 0);
            c -= steps;
        } while (steps == 4 && c > 0);
        return Math.max(c, 0);
    }

    /** The count of one row by binary search: the first column whose difference is above (or at) the pivot. */
    private int firstCount(final double xi, final double pivot, final boolean strict) {
        int low = 0;
        int high = m;
        while (low < high) {
            int mid = (low + high) >>> 1;
            double difference = xi - padded[PAD + mid];
            if (strict ? difference < pivot : difference <= pivot) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static long sum(final int[] values) {
        long total = 0;
        for (int value : values) {
            total += value;
        }
        return total;
    }

    private static int clamp(final int index, final int length) {
        return Math.max(0, Math.min(length - 1, index));
    }

    /**
     * Draws candidates uniformly (with replacement) from the band: a random row and a random offset below the widest
     * row's width, kept if the row is that wide (cheap while the rows' widths are alike); otherwise by the cumulative
     * widths.
     */
    private double[] sample(final Band band, final int size) {
        double[] sample = new double[(int) Math.min(size, band.remaining)];
        int widest = 0;
        for (int i = 0; i < n; i++) {
            widest = Math.max(widest, band.hi[i] - band.lo[i]);
        }
        if ((double) widest * n <= 4.0 * band.remaining) {
            int s = 0;
            while (s < sample.length) {
                // one random number for both: its high half scaled to a row, its low half to an offset
                long bits = random.nextLong();
                int row = (int) (((bits >>> 32) * n) >>> 32);
                int offset = (int) (((bits & 0xffff_ffffL) * widest) >>> 32);
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

    /** Lists the band and selects the ranks kLow..kHigh of the matrix among them. */
    private double[] selectDirectly(final Band band, final long kLow, final long kHigh) {
        double[] candidates = new double[(int) band.remaining];
        int next = 0;
        for (int i = 0; i < n; i++) {
            for (int c = band.lo[i]; c < band.hi[i]; c++) {
                candidates[next++] = at(i, c);
            }
        }
        double[] values = new double[(int) (kHigh - kLow + 1)];
        int first = (int) (kLow - band.below);
        values[0] = QuickSelect.select(candidates, first);
        for (int r = 1; r < values.length; r++) {
            // after selecting rank k, everything right of index k is at least as large: the next is their minimum
            int index = first + r;
            int smallest = index;
            for (int j = index + 1; j < candidates.length; j++) {
                if (candidates[j] < candidates[smallest]) {
                    smallest = j;
                }
            }
            double swap = candidates[index];
            candidates[index] = candidates[smallest];
            candidates[smallest] = swap;
            values[r] = candidates[index];
        }
        return values;
    }

    /** The search for the ranks kLow..kHigh: its band and what it found. */
    private static final class Search {
        private final Band band;
        private final long kLow;
        private final long kHigh;
        private boolean interpolate;
        private boolean found;
        private double value;
        private double[] listed = new double[0];

        Search(final Band band, final long kLow, final long kHigh) {
            this.band = band;
            this.kLow = kLow;
            this.kHigh = kHigh;
            this.interpolate = band.hasFiniteEdges();
        }

        Search extendedTo(final long rank) {
            return new Search(band, kLow, rank);
        }

        boolean isDone() {
            return found || listed.length > 0;
        }
    }

    /** The counts of one pivot, each taken when first needed. */
    private final class PivotCounts {
        private final double pivot;
        private final int[] lessRows;
        private final int[] atMostRows;
        private final Band band;
        private long less = -1;
        private long atMost = -1;

        PivotCounts(final double pivot, final int[] lessRows, final int[] atMostRows, final Band band) {
            this.pivot = pivot;
            this.lessRows = lessRows;
            this.atMostRows = atMostRows;
            this.band = band;
        }

        long less() {
            if (less < 0) {
                less = count(pivot, true, lessRows, band);
            }
            return less;
        }

        long atMost() {
            if (atMost < 0) {
                atMost = count(pivot, false, atMostRows, band);
            }
            return atMost;
        }
    }

    /**
     * The candidate columns [lo, hi) of each row; the differences left of the band rank before it and are at most
     * {@code lowValue}, those right of it rank after it and are at least {@code highValue}.
     */
    private static final class Band {
        private final int[] lo;
        private final int[] hi;
        private long remaining;
        private long below;
        private double lowValue = Double.NEGATIVE_INFINITY;
        private double highValue = Double.POSITIVE_INFINITY;

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
            lowValue = other.lowValue;
            highValue = other.highValue;
        }

        Band copy() {
            return new Band(this);
        }

        boolean hasFiniteEdges() {
            return Double.isFinite(lowValue) && Double.isFinite(highValue);
        }
    }
}
