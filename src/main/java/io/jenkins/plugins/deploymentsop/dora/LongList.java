package io.jenkins.plugins.deploymentsop.dora;

import java.util.Arrays;

/** A growable list of primitive longs: timestamps and durations without boxing. */
final class LongList {
    private long[] values;
    private int size;

    LongList() {
        this(16);
    }

    LongList(final int capacity) {
        values = new long[Math.max(capacity, 4)];
    }

    void add(final long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    long get(final int index) {
        return values[index];
    }

    void set(final int index, final long value) {
        values[index] = value;
    }

    int size() {
        return size;
    }

    /**
     * Finds the first index whose value is at least {@code key}; the list must be sorted ascending.
     *
     * @param key the key
     * @return an index from 0 to size
     */
    int lowerBound(final long key) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (values[middle] < key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Copies a range into {@code target}, which must be large enough.
     *
     * @param from first index
     * @param to index after the last
     * @param target where to copy to, starting at 0
     */
    void copyRange(final int from, final int to, final long[] target) {
        System.arraycopy(values, from, target, 0, to - from);
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
