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
    private final java.util.BitSet firstWords = new java.util.BitSet();
    private final List<List<Hit<T>>> entries = new ArrayList<>();

    PhraseTrie(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        entries.add(null);
    }

    void add(Phrase phrase, T value) {
        if (phrase.isEmpty()) {
            return;
        }
        int node = 0;
        firstWords.set(vocabulary.add(phrase.words().get(0)));
        for (String word : phrase.words()) {
            long edge = edge(node, vocabulary.add(word));
            int child = edges.get(edge);
            if (child < 0) {
                child = entries.size();
                entries.add(null);
                edges.put(edge, child);
            }
            node = child;
        }
        if (entries.get(node) == null) {
            entries.set(node, new ArrayList<>(1));
        }
        List<Hit<T>> list = entries.get(node);
        if (list.stream().noneMatch(e -> e.value().equals(value))) {
            list.add(new Hit<>(value, phrase, 0, phrase.length()));
        }
    }

    /** Whether some phrase starts with the word; a cheap pre-check per token. */
    boolean startsWith(int word) {
        return word >= 0 && firstWords.get(word);
    }

    /** Every phrase starting at token {@code from} whose case rules hold, shortest first. */
    List<Hit<T>> all(TextTokens t, int from) {
        List<Hit<T>> hits = null;
        int node = 0;
        for (int i = from; i < t.size() && t.id(i) >= 0; i++) {
            node = edges.get(edge(node, t.id(i)));
            if (node < 0) {
                break;
            }
            List<Hit<T>> here = entries.get(node);
            if (here != null) {
                for (Hit<T> e : here) {
                    if (e.phrase().acceptsCase(t, from)) {
                        hits = hits == null ? new ArrayList<>(2) : hits;
                        hits.add(new Hit<>(e.value(), e.phrase(), from, i + 1));
                    }
                }
            }
        }
        return hits == null ? List.of() : hits;
    }

    /** The hits of the longest phrases starting at {@code from} (several if they share their words). */
    List<Hit<T>> longest(TextTokens t, int from) {
        List<Hit<T>> hits = all(t, from);
        if (hits.size() <= 1) {
            return hits;
        }
        int to = hits.get(hits.size() - 1).to();
        int first = hits.size() - 1;
        while (first > 0 && hits.get(first - 1).to() == to) {
            first--;
        }
        return hits.subList(first, hits.size());
    }

    private static long edge(int node, int word) {
        return (long) node << 32 | word;
    }
}
