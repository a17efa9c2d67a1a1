package io.jenkins.plugins.deploymentsop.dora;

import java.util.Arrays;
import java.util.Comparator;

/** Sorts row numbers by finish time, ties by row number, without boxing when the values fit into one long. */
final class RowOrder {
    private RowOrder() {}

    static int[] byFinishTime(final int[] rows, final long[] finished) {
        if (rows.length < 2) {
            return rows;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int maxRow = 0;
        for (int row : rows) {
            min = Math.min(min, finished[row]);
            max = Math.max(max, finished[row]);
            maxRow = Math.max(maxRow, row);
        }
        int rowBits = 64 - Long.numberOfLeadingZeros(maxRow);
        int timeBits = 64 - Long.numberOfLeadingZeros(max - min);
        if (rowBits + timeBits <= 63) {
            // pack (time offset, row) into one non-negative long: a primitive sort, no comparator
            long[] keys = new long[rows.length];
            for (int i = 0; i < rows.length; i++) {
                keys[i] = ((finished[rows[i]] - min) << rowBits) | rows[i];
            }
            Arrays.sort(keys);
            long mask = (1L << rowBits) - 1;
            int[] sorted = new int[rows.length];
            for (int i = 0; i < keys.length; i++) {
                sorted[i] = (int) (keys[i] & mask);
            }
            return sorted;
        }
        Integer[] boxed = Arrays.stream(rows).boxed().toArray(Integer[]::new);
        Arrays.sort(
                boxed, Comparator.<Integer>comparingLong(row -> finished[row]).thenComparingInt(row -> row));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }
}
