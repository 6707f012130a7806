package dev.newsriver.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie of phrases over normalized words: finds, in one walk from a token, every configured phrase
 * that starts there. Lookups cost one hash probe per word walked, whatever the number of phrases.
 * Built once, then read-only: safe to share between threads after construction.
 *
 * @param <T> what a phrase stands for (a country, a topic rule …)
 */
final class PhraseTrie<T> {
    /** A phrase found in the text: what it stands for, the phrase, and the token span. */
    record Hit<T>(T value, Phrase phrase, int from, int to) {
    }

    private static final class Node<T> {
        private Map<String, Node<T>> next;
        private List<Hit<T>> entries;
    }

    private final Node<T> root = new Node<>();

    void add(Phrase phrase, T value) {
        if (phrase.isEmpty()) {
            return;
        }
        Node<T> node = root;
        for (String word : phrase.words()) {
            if (node.next == null) {
                node.next = new HashMap<>();
            }
            node = node.next.computeIfAbsent(word, w -> new Node<>());
        }
        if (node.entries == null) {
            node.entries = new ArrayList<>(1);
        }
        if (node.entries.stream().anyMatch(e -> e.value().equals(value))) {
            return;
        }
        node.entries.add(new Hit<>(value, phrase, 0, phrase.length()));
    }

    /** Whether some phrase starts with the word; a cheap pre-check per token. */
    boolean startsWith(String word) {
        return root.next != null && root.next.containsKey(word);
    }

    /** Every phrase starting at token {@code from} whose case rules hold, shortest first. */
    List<Hit<T>> all(TextTokens t, int from) {
        List<Hit<T>> hits = null;
        Node<T> node = root;
        for (int i = from; i < t.size() && node.next != null; i++) {
            node = node.next.get(t.norm(i));
            if (node == null) {
                break;
            }
            if (node.entries != null) {
                for (Hit<T> e : node.entries) {
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
        return hits.stream().filter(h -> h.to() == to).toList();
    }
}
