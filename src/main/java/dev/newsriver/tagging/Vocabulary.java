package dev.newsriver.tagging;

import java.util.Arrays;

/**
 * Every normalized word that occurs in some gazetteer name or rule phrase, each with a small int id.
 * Looking a word of an article up costs one hash over its characters and allocates nothing for
 * ASCII words; words not in the vocabulary (most of them) get -1 and end every trie walk at once.
 * Filled while the tries are built, then only read: safe to share between threads after that.
 */
final class Vocabulary {
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

    /**
     * The id of the ASCII word {@code text[from, to)} whose normalized form has hash {@code h} (as
     * {@link String#hashCode}) and {@code length} characters, or -1.
     */
    int find(int h, int length, char[] text, int from, int to) {
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
