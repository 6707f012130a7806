package dev.newsriver.tagging;

import dev.newsriver.article.Evidence;
import dev.newsriver.article.Evidence.Where;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evidence gathered for one tag while reading one item: each distinct phrase per part of the item
 * with its count and kind, and the weight they add up to. Mutable; used by one thread for one item.
 */
final class EvidenceTally {
    /** One phrase in one part: how it was written first, its kind, whether it is ambiguous, how often. */
    static final class Item {
        final String text;
        final Where where;
        final String kind;
        final boolean ambiguous;
        int count;

        Item(String text, Where where, String kind, boolean ambiguous) {
            this.text = text;
            this.where = where;
            this.kind = kind;
            this.ambiguous = ambiguous;
        }
    }

    private final Map<String, Item> items = new LinkedHashMap<>();

    void add(String text, Where where, String kind, boolean ambiguous, int count) {
        String key = text.toLowerCase(Locale.ROOT) + '\u0000' + where;
        items.computeIfAbsent(key, k -> new Item(text, where, kind, ambiguous)).count += count;
    }

    void addAll(EvidenceTally other) {
        for (Item i : other.items.values()) {
            add(i.text, i.where, i.kind, i.ambiguous, i.count);
        }
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    /** Whether every item is of this kind (e.g. only demonyms). */
    boolean onlyKind(String kind) {
        return items.values().stream().allMatch(i -> i.kind.equals(kind));
    }

    /**
     * The summed weight: per item, part weight × kind weight × (1 + ln count). Ambiguous names weigh
     * as {@code ambiguous} unless corroborated by another, unambiguous item (a demonym, city or other name).
     * Body items are multiplied by {@code bodyFactor} (see {@link Salience#bodyFactor}).
     */
    double weight(TagRules rules, double bodyFactor) {
        boolean corroborated = items.values().stream().anyMatch(i -> !i.ambiguous);
        double sum = 0;
        for (Item i : items.values()) {
            String kind = i.ambiguous && !corroborated ? "ambiguous" : i.kind;
            double part = i.where == Where.BODY ? bodyFactor : 1;
            sum += rules.whereWeight(i.where) * rules.kindWeight(kind) * (1 + Math.log(i.count)) * part;
        }
        return sum;
    }

    /** Whether all the evidence is in the body (none in title, lead or categories). */
    boolean onlyBody() {
        return items.values().stream().allMatch(i -> i.where == Where.BODY);
    }

    /** Evidence for the JSON: title first, then lead, body, categories; most frequent first within each. */
    List<Evidence> evidence() {
        List<Item> sorted = new ArrayList<>(items.values());
        sorted.sort(Comparator.<Item>comparingInt(i -> i.where.ordinal()).thenComparing(i -> -i.count));
        return sorted.stream().map(i -> new Evidence(i.text, i.count, i.where)).toList();
    }

    /** Score in [0, 1] for a weight: 1 - exp(-weight / scale), to two decimals. */
    static double score(double weight, double scale) {
        return Math.round((1 - Math.exp(-weight / scale)) * 100) / 100.0;
    }
}
