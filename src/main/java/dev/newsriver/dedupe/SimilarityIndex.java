package dev.newsriver.dedupe;

import dev.newsriver.article.Fingerprint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recent items' MinHash signatures, banded for locality-sensitive lookup: items whose signatures
 * agree on any whole band are candidates, and candidates are ranked by their estimated Jaccard
 * similarity. Holds at most {@code capacity} items, forgetting the oldest. Not thread-safe: the
 * {@link Deduplicator} serializes access.
 */
final class SimilarityIndex {

    /** One remembered item. */
    record Entry(long id, String story, Long duplicateOf, Fingerprint fingerprint) {
    }

    /** The most similar remembered item and its estimated Jaccard similarity. */
    record Match(Entry entry, double similarity) {
    }

    private final int capacity;
    private final int rows;
    private final LinkedHashMap<Long, Entry> entries = new LinkedHashMap<>();
    private final Map<Long, List<Long>> buckets = new HashMap<>();

    /** @param rows signature values per band: fewer rows find less similar pairs, at more candidates */
    SimilarityIndex(int capacity, int rows) {
        this.capacity = capacity;
        this.rows = rows;
    }

    void add(Entry e) {
        if (e.fingerprint().minhash().length == 0 || entries.containsKey(e.id())) {
            return;
        }
        entries.put(e.id(), e);
        for (long key : bandKeys(e.fingerprint())) {
            buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(e.id());
        }
        if (entries.size() > capacity) {
            evictOldest();
        }
    }

    /** The remembered item most similar to {@code fp}, if any shares a band with it. */
    Match best(Fingerprint fp) {
        Match best = null;
        for (long key : bandKeys(fp)) {
            for (long id : buckets.getOrDefault(key, List.of())) {
                Entry e = entries.get(id);
                double s = fp.similarity(e.fingerprint());
                if (best == null || s > best.similarity() || (s == best.similarity() && id < best.entry().id())) {
                    best = new Match(e, s);
                }
            }
        }
        return best;
    }

    int size() {
        return entries.size();
    }

    private void evictOldest() {
        Iterator<Entry> it = entries.values().iterator();
        remove(it.next().id());
    }

    /** Forgets one item, if it is remembered. */
    void remove(long id) {
        Entry e = entries.remove(id);
        if (e == null) {
            return;
        }
        for (long key : bandKeys(e.fingerprint())) {
            List<Long> ids = buckets.get(key);
            ids.remove(e.id());
            if (ids.isEmpty()) {
                buckets.remove(key);
            }
        }
    }

    private long[] bandKeys(Fingerprint fp) {
        long[] sig = fp.minhash();
        long[] keys = new long[sig.length / rows];
        for (int b = 0; b < keys.length; b++) {
            long h = b;
            for (int r = 0; r < rows; r++) {
                h = h * 0x9E3779B97F4A7C15L + sig[b * rows + r];
            }
            keys[b] = h;
        }
        return keys;
    }
}
