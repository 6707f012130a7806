package dev.newsriver.source;

import dev.newsriver.article.RawDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one feed has already delivered, so a poll passes on only new entries and updates: an entry
 * whose GUID repeats within a poll is kept once; an entry that comes back under a new GUID but the same
 * link keeps its first GUID; an entry whose content changed is passed on again under the same GUID (an
 * update, not a new item); an unchanged entry is not passed on. Bounded (least recently seen entries
 * are forgotten). Thread-safe.
 */
final class EntryMemory {

    private final Map<String, Integer> hashByGuid;
    private final Map<String, String> guidByLink;

    EntryMemory(int capacity) {
        this.hashByGuid = lru(capacity);
        this.guidByLink = lru(capacity);
    }

    private static <V> Map<String, V> lru(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The entries of one poll that are new or changed, GUIDs made stable. */
    synchronized List<RawDocument> admit(List<RawDocument> entries) {
        List<RawDocument> out = new ArrayList<>();
        Set<String> thisPoll = new HashSet<>();
        for (RawDocument entry : entries) {
            RawDocument e = stableGuid(entry);
            if (!thisPoll.add(e.guid())) {
                continue;
            }
            int hash = fingerprint(e);
            Integer before = hashByGuid.put(e.guid(), hash);
            if (e.url() != null) {
                guidByLink.putIfAbsent(e.url(), e.guid());
            }
            if (before == null || before != hash) {
                out.add(e);
            }
        }
        return out;
    }

    private RawDocument stableGuid(RawDocument e) {
        if (e.url() == null || hashByGuid.containsKey(e.guid())) {
            return e;
        }
        String first = guidByLink.get(e.url());
        if (first == null || first.equals(e.guid())) {
            return e;
        }
        String origin = e.origin().substring(0, e.origin().length() - e.guid().length()) + first;
        return new RawDocument(e.source(), origin, e.format(), e.content(), first, e.url(), e.title(), e.author(),
                e.published(), e.categories());
    }

    private static int fingerprint(RawDocument e) {
        return java.util.Objects.hash(e.title(), e.content(), e.author(), e.published(), e.categories());
    }
}
