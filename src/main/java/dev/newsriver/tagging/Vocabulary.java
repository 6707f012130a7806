package dev.newsriver.tagging;

import java.util.Arrays;

/**
 * Every normalized word that occurs in some gazetteer name or rule phrase, each with a small int id.
 * Words of up to {@link #PACKED_LENGTH} ASCII letters and digits, nearly every word of an English
 * article, are looked up by their {@linkplain #pack packed} form: one probe, no comparison of
 * characters, nothing allocated. Other words cost one hash over their characters. Words not in the
 * vocabulary get -1 and end every trie walk at once. Filled while the tries are built, then only
 * read: safe to share between threads after that.
 */
final class Vocabulary {
    /** The longest word that {@link #pack} can hold: ten digits of six bits. */
    static final int PACKED_LENGTH = 10;
    private static final int FILTER_BITS = 15;

    /** Ids of the words that can be packed, by packed form. */
    private final LongIntMap packed = new LongIntMap();
    /**
     * A bit per hash of packed words: a word whose bit is clear is not in the vocabulary. At 4 KB it stays
     * in the fastest cache, and it answers most words no article phrase uses without touching the map.
     */
    private final long[] packedFilter = new long[1 << (FILTER_BITS - 6)];
    private String[] words = new String[1024];
    /** The characters of every word, one after another, so that comparing stays in few cache lines. */
    private char[] pool = new char[8192];
    private int[] offsets = new int[1025];
    /** Open addressing, two ints per slot: the word's hash, then its id + 1 (0 for an empty slot). */
    private int[] table = new int[2 * 4096];
    private int size;

    /** The id of a normalized word, adding it if new. */
    int add(String norm) {
        int id = find(norm);
        if (id >= 0) {
            return id;
        }
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
            offsets = Arrays.copyOf(offsets, size * 2 + 1);
        }
        words[size] = norm;
        int at = offsets[size];
        if (at + norm.length() > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, at + norm.length()));
        }
        norm.getChars(0, norm.length(), pool, at);
        offsets[size + 1] = at + norm.length();
        if ((size + 1) * 4 > table.length) {
            rehash(table.length * 2);
        }
        insert(size);
        long key = pack(norm);
        if (key > 0) {
            packed.put(key, size);
            int bit = filterBit(key);
            packedFilter[bit >>> 6] |= 1L << bit;
        }
        return size++;
    }

    /** The id of a normalized word, or -1. */
    int find(String norm) {
        int h = norm.hashCode();
        int mask = table.length / 2 - 1;
        for (int slot = mix(h) & mask; table[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
            if (table[2 * slot] == h && words[table[2 * slot + 1] - 1].equals(norm)) {
                return table[2 * slot + 1] - 1;
            }
        }
        return -1;
    }

    /**
     * The id of the word {@code text[from, to)} once normalized (see {@link TextTokens#normalize}), or
     * -1. ASCII words are hashed in place, lower-cased and without dots ("U.S." is "us").
     */
    int find(char[] text, int from, int to) {
        int h = 0;
        int length = 0;
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (c >= 128) {
                return find(TextTokens.normalize(new String(text, from, to - from)));
            }
            if (c != '.') {
                h = 31 * h + lower(c);
                length++;
            }
        }
        return find(h, length, text, from, to);
    }

    /** The id of the word whose {@link #pack packed} form is {@code key}, or -1. */
    int findPacked(long key) {
        int bit = filterBit(key);
        return (packedFilter[bit >>> 6] & 1L << bit) == 0 ? -1 : packed.get(key);
    }

    private static int filterBit(long key) {
        return (int) ((key * 0xC2B2AE3D27D4EB4FL) >>> (64 - FILTER_BITS));
    }

    /**
     * A word of 1 to {@link #PACKED_LENGTH} characters a–z and 0–9 as a number in base 64, each
     * character a digit from 1 to 36 ({@link #code}); as no digit is 0, two such words have the same
     * number only if they are the same word. 0 if the word cannot be packed.
     */
    static long pack(String norm) {
        if (norm.isEmpty() || norm.length() > PACKED_LENGTH) {
            return 0;
        }
        long key = 0;
        for (int k = 0; k < norm.length(); k++) {
            int code = code(norm.charAt(k));
            if (code == 0) {
                return 0;
            }
            key = key << 6 | code;
        }
        return key;
    }

    /** The digit of a character in a {@link #pack packed} word: a–z (either case) 1–26, 0–9 27–36, else 0. */
    static int code(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 1;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 1;
        }
        return c >= '0' && c <= '9' ? c - '0' + 27 : 0;
    }

    /**
     * The id of the ASCII word {@code text[from, to)} whose normalized form has hash {@code h} (as
     * {@link String#hashCode}) and {@code length} characters, or -1.
     */
    private int find(int h, int length, char[] text, int from, int to) {
        int mask = table.length / 2 - 1;
        for (int slot = mix(h) & mask; table[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
            if (table[2 * slot] == h && sameWord(table[2 * slot + 1] - 1, length, text, from, to)) {
                return table[2 * slot + 1] - 1;
            }
        }
        return -1;
    }

    private boolean sameWord(int id, int length, char[] text, int from, int to) {
        int w = offsets[id];
        if (offsets[id + 1] - w != length) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (text[k] != '.' && pool[w++] != lower(text[k])) {
                return false;
            }
        }
        return true;
    }

    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
    }

    /** The finalizer of MurmurHash3: spreads the bits of String-style hashes over the table. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ h >>> 16;
    }

    private void rehash(int capacity) {
        table = new int[capacity];
        for (int id = 0; id < size; id++) {
            insert(id);
        }
    }

    private void insert(int id) {
        int mask = table.length / 2 - 1;
        int h = words[id].hashCode();
        int slot = mix(h) & mask;
        while (table[2 * slot + 1] != 0) {
            slot = (slot + 1) & mask;
        }
        table[2 * slot] = h;
        table[2 * slot + 1] = id + 1;
    }
}
