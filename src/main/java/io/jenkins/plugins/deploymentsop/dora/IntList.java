package io.jenkins.plugins.deploymentsop.dora;

import java.util.Arrays;

/** A growable list of primitive ints: row numbers without boxing. */
final class IntList {
    private int[] values;
    private int size;

    IntList() {
        values = new int[16];
    }

    void add(final int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    int get(final int index) {
        return values[index];
    }

    int size() {
        return size;
    }
}
