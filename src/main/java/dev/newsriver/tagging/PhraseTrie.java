package dev.newsriver.tagging;

import java.util.ArrayList;
import java.util.List;

/**
 * A trie of phrases over vocabulary word ids: finds, in one walk from a token, every configured
 * phrase that starts there. Each step is one probe of an open-addressing table keyed by
 * (node, word id), whatever the number of phrases. Built once, then read-only: safe to share between
 * threads after construction.
 *
 * @param <T> what a phrase stands for (a country, a topic rule …)
 */
final class PhraseTrie<T> {
    /** A phrase found in the text: what it stands for, the phrase, and the token span. */
    record Hit<T>(T value, Phrase phrase, int from, int to) {
    }

    private final Vocabulary vocabulary;
    private final LongIntMap edges = new LongIntMap();
    /** The child of the root for each word id, or -1: the first step of every walk without hashing. */
    private int[] rootChildren = new int[0];
    /** Per node, the phrases that end there (arrays, walked without an iterator), or null. */
    private final List<Hit<T>[]> entries = new ArrayList<>();
    /** Per node, whether some phrase goes on from it; a walk stops at a node without. */
    private final java.util.BitSet inner = new java.util.BitSet();

    PhraseTrie(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        entries.add(null);
    }

    void add(Phrase phrase, T value) {
        if (phrase.isEmpty()) {
            return;
        }
        int node = 0;
        for (String word : phrase.words()) {
            int id = vocabulary.add(word);
            int child = child(node, id);
            if (child < 0) {
                child = entries.size();
                entries.add(null);
                inner.set(node);
                if (node == 0) {
                    if (id >= rootChildren.length) {
                        int old = rootChildren.length;
                        rootChildren = java.util.Arrays.copyOf(rootChildren, Math.max(id + 1, old * 2));
                        java.util.Arrays.fill(rootChildren, old, rootChildren.length, -1);
                    }
                    rootChildren[id] = child;
                } else {
                    edges.put(edge(node, id), child);
                }
            }
            node = child;
        }
        Hit<T>[] here = entries.get(node);
        if (here == null) {
            @SuppressWarnings("unchecked")
            Hit<T>[] none = (Hit<T>[]) new Hit<?>[0];
            here = none;
        }
        for (Hit<T> e : here) {
            if (e.value().equals(value)) {
                return;
            }
        }
        here = java.util.Arrays.copyOf(here, here.length + 1);
        here[here.length - 1] = new Hit<>(value, phrase, 0, phrase.length());
        entries.set(node, here);
    }

    private int child(int node, int word) {
        if (node == 0) {
            return word < rootChildren.length ? rootChildren[word] : -1;
        }
        return inner.get(node) ? edges.get(edge(node, word)) : -1;
    }

    /** Whether some phrase starts with the word; a cheap pre-check per token. */
    boolean startsWith(int word) {
        return word >= 0 && child(0, word) >= 0;
    }

    /** Every phrase starting at token {@code from} whose case rules hold, shortest first. */
    List<Hit<T>> all(TextTokens t, int from) {
        return walk(t, from, false);
    }

    /** The hits of the longest phrases starting at {@code from} (several if they share their words). */
    List<Hit<T>> longest(TextTokens t, int from) {
        return walk(t, from, true);
    }

    /** The hits of the phrases starting at {@code from}, shortest first; only the longest if {@code longest}. */
    private List<Hit<T>> walk(TextTokens t, int from, boolean longest) {
        List<Hit<T>> hits = null;
        int node = 0;
        for (int i = from; i < t.size() && t.id(i) >= 0; i++) {
            node = child(node, t.id(i));
            if (node < 0) {
                break;
            }
            Hit<T>[] here = entries.get(node);
            if (here == null) {
                continue;
            }
            boolean longer = longest;
            for (Hit<T> e : here) {
                if (e.phrase().acceptsCase(t, from)) {
                    hits = hits == null ? new ArrayList<>(2) : hits;
                    if (longer) {
                        hits.clear();
                        longer = false;
                    }
                    hits.add(new Hit<>(e.value(), e.phrase(), from, i + 1));
                }
            }
        }
        return hits == null ? List.of() : hits;
    }

    private static long edge(int node, int word) {
        return (long) node << 32 | word;
    }
}
