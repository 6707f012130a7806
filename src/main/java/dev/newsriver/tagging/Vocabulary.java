package dev.newsriver.tagging;

import java.util.Arrays;

/**
 * Every normalized word that occurs in some gazetteer name or rule phrase, each with a small int id.
 * Looking a word of an article up costs one hash over its characters and allocates nothing for
 * plain ASCII words; words not in the vocabulary (most of them) get -1 and end every trie walk at
 * once. Filled while the tries are built, then only read: safe to share between threads after that.
 */
final class Vocabulary {
    private String[] words = new String[1024];
    private char[][] chars = new char[1024][];
    private int[] table = new int[8192];
    private int[] hashes = new int[8192];
    private int size;

    /** The id of a normalized word, adding it if new. */
    int add(String norm) {
        int id = find(norm);
        if (id >= 0) {
            return id;
        }
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
            chars = Arrays.copyOf(chars, size * 2);
        }
        words[size] = norm;
        chars[size] = norm.toCharArray();
        if ((size + 1) * 4 > table.length) {
            rehash(table.length * 2);
        }
        insert(size);
        return size++;
    }

    /** The id of a normalized word, or -1. */
    int find(String norm) {
        int mask = table.length - 1;
        int h = norm.hashCode();
        for (int slot = mix(h) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && words[table[slot] - 1].equals(norm)) {
                return table[slot] - 1;
            }
        }
        return -1;
    }

    /** The id of the word {@code text[from, to)} once normalized (see {@link TextTokens#normalize}), or -1. */
    int find(char[] text, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (c >= 128 || c == '.') {
                return find(TextTokens.normalize(new String(text, from, to - from)));
            }
            h = 31 * h + lower(c);
        }
        int mask = table.length - 1;
        for (int slot = mix(h) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && sameWord(table[slot] - 1, text, from, to)) {
                return table[slot] - 1;
            }
        }
        return -1;
    }

    private boolean sameWord(int id, char[] text, int from, int to) {
        char[] word = chars[id];
        if (word.length != to - from) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (word[k] != lower(text[from + k])) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
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
        hashes = new int[capacity];
        for (int id = 0; id < size; id++) {
            insert(id);
        }
    }

    private void insert(int id) {
        int mask = table.length - 1;
        int h = words[id].hashCode();
        int slot = mix(h) & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = id + 1;
        hashes[slot] = h;
    }
}
