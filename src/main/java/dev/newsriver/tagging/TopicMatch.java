package dev.newsriver.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases of one topic rule found in one item, and the check of the rule's conditions against
 * them. Mutable; used by one thread for one item.
 */
final class TopicMatch {
    private final TopicRule rule;
    private final Map<String, List<PhraseTrie.Hit<TopicTagger.Slot>>> hits = new HashMap<>();

    TopicMatch(TopicRule rule) {
        this.rule = rule;
    }

    TopicRule rule() {
        return rule;
    }

    void add(TopicTagger.Slot slot, List<PhraseTrie.Hit<TopicTagger.Slot>> found) {
        hits.computeIfAbsent(slot.part() + slot.index(), k -> new ArrayList<>()).addAll(found);
    }

    /** Drops every hit that overlaps an {@code ignore} phrase ("trade-off" is not trade). */
    private void mask() {
        List<PhraseTrie.Hit<TopicTagger.Slot>> ignored = hits.remove("ignore0");
        if (ignored == null) {
            return;
        }
        hits.values().forEach(list -> list.removeIf(h -> ignored.stream()
                .anyMatch(x -> h.from() < x.to() && x.from() < h.to())));
        hits.values().removeIf(List::isEmpty);
    }

    /** The evidence if every condition holds, else {@code null}. */
    EvidenceTally evidence(TextTokens t, Set<String> regions) {
        mask();
        if (hits.containsKey("none0") || !regionsHold(regions)) {
            return null;
        }
        if (!rule.any().isEmpty() && !hits.containsKey("any0")) {
            return null;
        }
        EvidenceTally tally = new EvidenceTally();
        addAll(tally, t, hits.get("any0"));
        for (int k = 0; k < rule.all().size(); k++) {
            List<PhraseTrie.Hit<TopicTagger.Slot>> group = hits.get("all" + k);
            if (group == null) {
                return null;
            }
            addAll(tally, t, group);
        }
        for (int k = 0; k < rule.near().size(); k++) {
            if (!near(tally, t, k)) {
                return null;
            }
        }
        return tally;
    }

    private boolean regionsHold(Set<String> regions) {
        if (!rule.regionsAny().isEmpty() && rule.regionsAny().stream().noneMatch(regions::contains)) {
            return false;
        }
        return rule.regionsExcept().isEmpty() || !rule.regionsExcept().containsAll(regions);
    }

    /** Adds the a/b hits of near condition {@code k} that lie within its distance; false if there are none. */
    private boolean near(EvidenceTally tally, TextTokens t, int k) {
        List<PhraseTrie.Hit<TopicTagger.Slot>> a = hits.getOrDefault("a" + k, List.of());
        List<PhraseTrie.Hit<TopicTagger.Slot>> b = hits.getOrDefault("b" + k, List.of());
        int within = rule.near().get(k).within();
        List<PhraseTrie.Hit<TopicTagger.Slot>> used = new ArrayList<>();
        usedWithin(t, a, b, within, used);
        usedWithin(t, b, a, within, used);
        addAll(tally, t, used);
        return !used.isEmpty();
    }

    /**
     * Adds each hit of {@code xs} that has a hit of {@code ys} within {@code within} words. Both lists
     * are in text order, so one pass with a moving window over {@code ys} suffices.
     */
    private static void usedWithin(TextTokens t, List<PhraseTrie.Hit<TopicTagger.Slot>> xs,
                                   List<PhraseTrie.Hit<TopicTagger.Slot>> ys, int within,
                                   List<PhraseTrie.Hit<TopicTagger.Slot>> used) {
        int lo = 0;
        for (PhraseTrie.Hit<TopicTagger.Slot> x : xs) {
            while (lo < ys.size() && t.position(ys.get(lo).to() - 1) < t.position(x.from()) - within - 1) {
                lo++;
            }
            int last = t.position(x.to() - 1) + within + 1;
            for (int k = lo; k < ys.size() && t.position(ys.get(k).from()) <= last; k++) {
                if (ys.get(k).from() != x.from() && distance(t, x, ys.get(k)) <= within) {
                    used.add(x);
                    break;
                }
            }
        }
    }

    /** Words between two hits (0 when adjacent or overlapping). */
    private static int distance(TextTokens t, PhraseTrie.Hit<?> x, PhraseTrie.Hit<?> y) {
        PhraseTrie.Hit<?> first = x.from() < y.from() ? x : y;
        PhraseTrie.Hit<?> second = first == x ? y : x;
        return Math.max(0, t.position(second.from()) - t.position(first.to() - 1) - 1);
    }

    private static void addAll(EvidenceTally tally, TextTokens t, List<PhraseTrie.Hit<TopicTagger.Slot>> list) {
        if (list != null) {
            for (PhraseTrie.Hit<TopicTagger.Slot> h : list) {
                tally.add(h.phrase(), t, h.from(), h.to(), "name", false);
            }
        }
    }
}
