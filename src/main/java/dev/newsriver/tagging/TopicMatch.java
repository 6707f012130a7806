package dev.newsriver.tagging;

import dev.newsriver.tagging.PhraseTrie.Hit;
import dev.newsriver.tagging.TopicTagger.Slot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The phrases of one topic rule found in one item, and the check of the rule's conditions against
 * them. Mutable; used by one thread for one item.
 */
final class TopicMatch {
    private final TopicRule rule;
    /** The hits of each part of the rule, in text order; null where none was found. */
    private List<Hit<Slot>> any;
    private List<Hit<Slot>> none;
    private List<Hit<Slot>> ignore;
    private final List<List<Hit<Slot>>> all;
    private final List<List<Hit<Slot>>> nearA;
    private final List<List<Hit<Slot>>> nearB;

    TopicMatch(TopicRule rule) {
        this.rule = rule;
        this.all = nulls(rule.all().size());
        this.nearA = nulls(rule.near().size());
        this.nearB = nulls(rule.near().size());
    }

    private static List<List<Hit<Slot>>> nulls(int n) {
        return new ArrayList<>(Collections.nCopies(n, null));
    }

    TopicRule rule() {
        return rule;
    }

    /** Adds a hit of one of this rule's phrases; hits come in text order. */
    void add(Hit<Slot> hit) {
        Slot slot = hit.value();
        switch (slot.part()) {
            case ANY -> any = append(any, hit);
            case NONE -> none = append(none, hit);
            case IGNORE -> ignore = append(ignore, hit);
            case ALL -> all.set(slot.index(), append(all.get(slot.index()), hit));
            case NEAR_A -> nearA.set(slot.index(), append(nearA.get(slot.index()), hit));
            case NEAR_B -> nearB.set(slot.index(), append(nearB.get(slot.index()), hit));
        }
    }

    private static List<Hit<Slot>> append(List<Hit<Slot>> list, Hit<Slot> hit) {
        List<Hit<Slot>> out = list == null ? new ArrayList<>(4) : list;
        out.add(hit);
        return out;
    }

    /**
     * Drops every hit that lies within an {@code ignore} phrase ("trade-off" is not trade); a longer
     * phrase that holds an ignored one still counts (ignoring "trading" leaves "trading partner").
     */
    private void mask() {
        if (ignore == null) {
            return;
        }
        any = unmasked(any);
        none = unmasked(none);
        all.replaceAll(this::unmasked);
        nearA.replaceAll(this::unmasked);
        nearB.replaceAll(this::unmasked);
    }

    /** The hits of {@code list} that lie within no ignored phrase; null if none is left. */
    private List<Hit<Slot>> unmasked(List<Hit<Slot>> list) {
        if (list == null) {
            return null;
        }
        list.removeIf(h -> ignore.stream().anyMatch(x -> x.from() <= h.from() && h.to() <= x.to()));
        return list.isEmpty() ? null : list;
    }

    /** The evidence if every condition holds, else {@code null}. */
    EvidenceTally evidence(TextTokens t, Set<String> regions) {
        mask();
        if (none != null || !regionsHold(regions)) {
            return null;
        }
        if (!rule.any().isEmpty() && any == null) {
            return null;
        }
        EvidenceTally tally = new EvidenceTally();
        addAll(tally, t, any);
        for (List<Hit<Slot>> group : all) {
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
        List<Hit<Slot>> a = nearA.get(k) == null ? List.of() : nearA.get(k);
        List<Hit<Slot>> b = nearB.get(k) == null ? List.of() : nearB.get(k);
        int within = rule.near().get(k).within();
        List<Hit<Slot>> used = new ArrayList<>();
        usedWithin(t, a, b, within, used);
        usedWithin(t, b, a, within, used);
        addAll(tally, t, used);
        return !used.isEmpty();
    }

    /**
     * Adds each hit of {@code xs} that has a hit of {@code ys} within {@code within} words. Both lists
     * are in text order, so one pass with a moving window over {@code ys} suffices.
     */
    private static void usedWithin(TextTokens t, List<Hit<Slot>> xs,
                                   List<Hit<Slot>> ys, int within,
                                   List<Hit<Slot>> used) {
        int lo = 0;
        for (Hit<Slot> x : xs) {
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
    private static int distance(TextTokens t, Hit<?> x, Hit<?> y) {
        Hit<?> first = x.from() < y.from() ? x : y;
        Hit<?> second = first == x ? y : x;
        return Math.max(0, t.position(second.from()) - t.position(first.to() - 1) - 1);
    }

    private static void addAll(EvidenceTally tally, TextTokens t, List<Hit<Slot>> list) {
        if (list != null) {
            for (Hit<Slot> h : list) {
                tally.add(h.phrase(), t, h.from(), h.to(), "name", false);
            }
        }
    }
}
