package io.jenkins.plugins.deploymentsop.analysis;

import java.util.Arrays;

/**
 * Sorts doubles in the order of {@link Arrays#sort(double[])} (-0.0 before 0.0) by their bits, in six passes of 11
 * bits, skipping a pass whose digit all values share: about three times faster than a comparison sort for the 10,000
 * values a judge may receive per side. Short arrays go to {@link Arrays#sort(double[])}. NaN values are not expected
 * (the judges drop non-finite values first) and would sort after +Inf.
 */
final class RadixSort {
    /** Below this length the digit counters would cost more than comparisons. */
    private static final int MIN_LENGTH = 512;

    private static final int BITS = 11;
    private static final int RADIX = 1 << BITS;
    private static final int MASK = RADIX - 1;
    private static final int DIGITS = 6; // 6 × 11 = 66 bits cover the 64

    private RadixSort() {}

    /**
     * Sorts in place.
     *
     * @param values the values
     */
    static void sort(final double[] values) {
        int length = values.length;
        if (length < MIN_LENGTH) {
            Arrays.sort(values);
            return;
        }
        long[] keys = new long[length];
        long[] spare = new long[length];
        int[] counts = new int[DIGITS * RADIX];
        for (int i = 0; i < length; i++) {
            long key = key(values[i]);
            keys[i] = key;
            for (int digit = 0; digit < DIGITS; digit++) {
                counts[digit * RADIX + (int) ((key >>> (digit * BITS)) & MASK)]++;
            }
        }
        long[] from = keys;
        long[] to = spare;
        for (int digit = 0; digit < DIGITS; digit++) {
            int offset = digit * RADIX;
            int shift = digit * BITS;
            if (counts[offset + (int) ((from[0] >>> shift) & MASK)] == length) {
                continue; // every value has this digit: the pass would not move anything
            }
            int start = 0;
            for (int bucket = 0; bucket < RADIX; bucket++) {
                int count = counts[offset + bucket];
                counts[offset + bucket] = start;
                start += count;
            }
            for (int i = 0; i < length; i++) {
                long key = from[i];
                to[counts[offset + (int) ((key >>> shift) & MASK)]++] = key;
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        for (int i = 0; i < length; i++) {
            values[i] = value(from[i]);
        }
    }

    /**
     * Maps a double to a long whose unsigned order is the double's order: negative values have all bits flipped
     * (larger magnitudes become smaller), the others only the sign bit.
     */
    static long key(final double value) {
        long bits = Double.doubleToRawLongBits(value);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }

    /** The inverse of {@link #key(double)}. */
    static double value(final long key) {
        return Double.longBitsToDouble(key < 0 ? key ^ Long.MIN_VALUE : ~key);
    }
}
