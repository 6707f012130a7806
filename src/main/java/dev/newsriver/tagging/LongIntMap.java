package dev.newsriver.tagging;

/**
 * An open-addressing map from long keys to non-negative int values, for the trie's edges
 * ((node, word) → child) and the vocabulary's packed words. A key and its value sit side by side in
 * one array, so a probe reads one cache line. Filled while the tries are built, then only read: safe
 * to share between threads after that.
 */
final class LongIntMap {
    /** Two longs per slot: the key, then the value + 1 (0 for an empty slot). */
    private long[] slots = new long[2 * 1024];
    private int size;

    /** The value for {@code key}, or -1. */
    int get(long key) {
        long[] s = slots;
        int mask = s.length / 2 - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            long value = s[2 * slot + 1];
            if (value == 0) {
                return -1;
            }
            if (s[2 * slot] == key) {
                return (int) value - 1;
            }
        }
    }

    /** Sets the value for {@code key}; {@code value} must not be negative. */
    void put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        if ((size + 1) * 2 > slots.length / 2) {
            grow();
        }
        int mask = slots.length / 2 - 1;
        int slot = slot(key, mask);
        while (slots[2 * slot + 1] != 0 && slots[2 * slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (slots[2 * slot + 1] == 0) {
            size++;
        }
        slots[2 * slot] = key;
        slots[2 * slot + 1] = value + 1L;
    }

    int size() {
        return size;
    }

    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] != 0) {
                put(old[i], (int) old[i + 1] - 1);
            }
        }
    }
}
