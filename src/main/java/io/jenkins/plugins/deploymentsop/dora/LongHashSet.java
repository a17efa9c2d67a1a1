package io.jenkins.plugins.deploymentsop.dora;

/**
 * An open-addressing set of longs (linear probing, at most half full): remembers which commit keys were already
 * deployed in eight bytes per slot instead of a boxed {@code HashSet<String>}.
 */
final class LongHashSet {
    private static final long EMPTY = 0L;

    private long[] slots;
    private int size;
    private boolean containsEmptyKey;

    LongHashSet(final int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity];
    }

    /**
     * Adds a value.
     *
     * @param value the value
     * @return {@code true} if the value was not in the set yet
     */
    boolean add(final long value) {
        if (value == EMPTY) {
            boolean added = !containsEmptyKey;
            containsEmptyKey = true;
            return added;
        }
        int mask = slots.length - 1;
        int index = (int) CommitKeys.mix(value) & mask;
        while (slots[index] != EMPTY) {
            if (slots[index] == value) {
                return false;
            }
            index = (index + 1) & mask;
        }
        slots[index] = value;
        size++;
        if (size * 2 > slots.length) {
            grow();
        }
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long value : old) {
            if (value != EMPTY) {
                int index = (int) CommitKeys.mix(value) & mask;
                while (slots[index] != EMPTY) {
                    index = (index + 1) & mask;
                }
                slots[index] = value;
            }
        }
    }

    int size() {
        return size + (containsEmptyKey ? 1 : 0);
    }
}
