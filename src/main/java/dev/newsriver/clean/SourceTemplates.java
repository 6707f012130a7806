package dev.newsriver.clean;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Learns each source's page template: the lines that the heuristics left out of the article (menus,
 * tickers, footers) and that recur in several recent documents of the same source. Those lines are
 * then furniture for that source even where the heuristics would have kept them. Only lines seen
 * outside an article are ever learned, so an article paragraph that another document repeats is
 * never removed. Memory is bounded: the last {@value #WINDOW} documents of at most
 * {@value #MAX_SOURCES} sources. Thread-safe.
 */
final class SourceTemplates {

    static final int WINDOW = 20;
    static final int MAX_SOURCES = 500;
    /** A line is template once it has been seen outside the article in this many documents. */
    static final int MIN_DOCUMENTS = 2;

    private final Map<String, Memory> sources = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Memory> eldest) {
            return size() > MAX_SOURCES;
        }
    };

    /** The line keys learned as furniture for {@code sourceId}; a snapshot, safe to keep. */
    synchronized Set<String> furniture(String sourceId) {
        Memory m = sources.get(sourceId);
        return m == null ? Set.of() : m.template();
    }

    /** Records the keys of the lines one document of {@code sourceId} had outside its article. */
    synchronized void learn(String sourceId, Set<String> outside) {
        if (!outside.isEmpty()) {
            sources.computeIfAbsent(sourceId, id -> new Memory()).add(outside);
        }
    }

    /** The recent documents of one source and how many of them hold each line. */
    private static final class Memory {
        private final Deque<Set<String>> recent = new ArrayDeque<>();
        private final Map<String, Integer> counts = new HashMap<>();

        void add(Set<String> keys) {
            recent.addLast(Set.copyOf(keys));
            keys.forEach(k -> counts.merge(k, 1, Integer::sum));
            if (recent.size() > WINDOW) {
                for (String k : recent.removeFirst()) {
                    counts.computeIfPresent(k, (key, n) -> n == 1 ? null : n - 1);
                }
            }
        }

        Set<String> template() {
            Set<String> out = new java.util.HashSet<>();
            counts.forEach((k, n) -> {
                if (n >= MIN_DOCUMENTS) {
                    out.add(k);
                }
            });
            return Set.copyOf(out);
        }
    }
}
