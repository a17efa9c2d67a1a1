package io.jenkins.plugins.deploymentsop.dora;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Median and 90th percentile of a range of millisecond values by selection instead of sorting (expected linear
 * time; the random pivot keeps crafted inputs from forcing the quadratic case). Percentiles interpolate linearly
 * between the closest ranks: position {@code (n - 1) * p}, as spreadsheet PERCENTILE.INC, BigQuery
 * PERCENTILE_CONT and numpy's default do.
 */
final class Quantiles {
    private final SplittableRandom random = new SplittableRandom(42);
    private long[] scratch = new long[64];

    /**
     * Summarises {@code values[from, to)}.
     *
     * @param values the values (not modified)
     * @param from first index
     * @param to index after the last
     * @return median and p90, empty for an empty range
     */
    Optional<DurationStatistics> summarize(final LongList values, final int from, final int to) {
        int count = to - from;
        if (count <= 0) {
            return Optional.empty();
        }
        if (scratch.length < count) {
            scratch = new long[Math.max(count, scratch.length * 2)];
        }
        values.copyRange(from, to, scratch);
        long median = percentile(count, 0.5);
        long p90 = percentile(count, 0.9);
        return Optional.of(new DurationStatistics(count, Duration.ofMillis(median), Duration.ofMillis(p90)));
    }

    /**
     * Computes one percentile of {@code scratch[0, count)}; reorders the scratch values.
     *
     * @param count the number of values
     * @param p the percentile from 0 to 1
     * @return the interpolated value, rounded to the nearest millisecond
     */
    private long percentile(final int count, final double p) {
        double position = (count - 1) * p;
        int lower = (int) Math.floor(position);
        long lowerValue = select(count, lower);
        double fraction = position - lower;
        if (fraction == 0 || lower + 1 >= count) {
            return lowerValue;
        }
        // after selecting rank `lower`, the next rank is the smallest value to its right
        long upperValue = Long.MAX_VALUE;
        for (int i = lower + 1; i < count; i++) {
            upperValue = Math.min(upperValue, scratch[i]);
        }
        return Math.round(lowerValue + fraction * (upperValue - lowerValue));
    }

    /** Quickselect: puts the value of rank {@code k} at index k, smaller ones left, larger ones right. */
    private long select(final int count, final int k) {
        long[] data = scratch;
        int left = 0;
        int right = count - 1;
        while (left < right) {
            int pivotIndex = left + random.nextInt(right - left + 1);
            long pivot = data[pivotIndex];
            // three-way partition: [left, lt) < pivot, [lt, gt] == pivot, (gt, right] > pivot
            int lt = left;
            int gt = right;
            int i = left;
            while (i <= gt) {
                if (data[i] < pivot) {
                    swap(data, lt++, i++);
                } else if (data[i] > pivot) {
                    swap(data, i, gt--);
                } else {
                    i++;
                }
            }
            if (k < lt) {
                right = lt - 1;
            } else if (k > gt) {
                left = gt + 1;
            } else {
                return pivot;
            }
        }
        return data[k];
    }

    private static void swap(final long[] data, final int a, final int b) {
        long value = data[a];
        data[a] = data[b];
        data[b] = value;
    }
}
