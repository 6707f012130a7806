package dev.newsriver.tagging;

import dev.newsriver.article.Evidence;
import dev.newsriver.article.Evidence.Where;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
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

    private static final Where[] WHERE = Where.values();

    /** Per matched phrase, its item in each part of the article (indexed by {@link Where#ordinal()}). */
    private final Map<Phrase, Item[]> byPhrase = new IdentityHashMap<>();
    private final List<Item> items = new ArrayList<>();
    private final java.util.BitSet paragraphs = new java.util.BitSet();

    /** Counts one occurrence of {@code phrase} at tokens [from, to) of {@code t}. */
    void add(Phrase phrase, TextTokens t, int from, int to, String kind, boolean ambiguous) {
        Where where = t.where(from);
        if (where == Where.BODY) {
            paragraphs.set(t.paragraph(from));
        }
        Item item = slot(phrase)[where.ordinal()];
        if (item == null) {
            item = new Item(t.surface(from, to), where, kind, ambiguous);
            slot(phrase)[where.ordinal()] = item;
            items.add(item);
        }
        item.count++;
    }

    void addAll(EvidenceTally other) {
        paragraphs.or(other.paragraphs);
        other.byPhrase.forEach((phrase, theirs) -> {
            Item[] mine = slot(phrase);
            for (int w = 0; w < WHERE.length; w++) {
                if (theirs[w] != null && mine[w] == null) {
                    mine[w] = new Item(theirs[w].text, theirs[w].where, theirs[w].kind, theirs[w].ambiguous);
                    items.add(mine[w]);
                }
                if (theirs[w] != null) {
                    mine[w].count += theirs[w].count;
                }
            }
        });
    }

    private Item[] slot(Phrase phrase) {
        return byPhrase.computeIfAbsent(phrase, p -> new Item[WHERE.length]);
    }

    /** How many mentions were counted, in every part. */
    int mentions() {
        int n = 0;
        for (Item i : items) {
            n += i.count;
        }
        return n;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    /** Whether every item is of this kind (e.g. only demonyms). */
    boolean onlyKind(String kind) {
        for (Item i : items) {
            if (!i.kind.equals(kind)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The summed weight: per item, part weight × kind weight × (1 + ln count). Ambiguous names weigh
     * as {@code ambiguous} unless corroborated by another, unambiguous item (a demonym, city or other name).
     * Body items are multiplied by {@code bodyFactor} (see {@link Salience#bodyFactor}), and {@code spread}
     * × {@code bodyFactor} is added for each paragraph of the body beyond the first that holds some of the
     * evidence: in a long body, naming a place in many paragraphs is as weak a sign as naming it often.
     */
    double weight(TagRules rules, double bodyFactor, double spread) {
        boolean corroborated = corroborated();
        double sum = 0;
        for (Item i : items) {
            String kind = i.ambiguous && !corroborated ? "ambiguous" : i.kind;
            double part = i.where == Where.BODY ? bodyFactor : 1;
            sum += rules.whereWeight(i.where) * rules.kindWeight(kind) * (1 + Math.log(i.count)) * part;
        }
        double perParagraph = spread * bodyFactor * (corroborated ? 1 : rules.kindWeight("ambiguous"));
        return sum + perParagraph * Math.max(0, paragraphs.cardinality() - 1);
    }

    /** Whether some of the evidence is not an ambiguous name (a demonym, a city, another name). */
    boolean corroborated() {
        for (Item i : items) {
            if (!i.ambiguous) {
                return true;
            }
        }
        return false;
    }

    /** Whether all the evidence is in the body (none in title, lead or categories). */
    boolean onlyBody() {
        for (Item i : items) {
            if (i.where != Where.BODY) {
                return false;
            }
        }
        return true;
    }

    /** Evidence for the JSON: title first, then lead, body, categories; most frequent first within each. */
    List<Evidence> evidence() {
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.<Item>comparingInt(i -> i.where.ordinal()).thenComparing(i -> -i.count));
        return sorted.stream().map(i -> new Evidence(i.text, i.count, i.where)).toList();
    }

    /** Score in [0, 1] for a weight: 1 - exp(-weight / scale), to two decimals. */
    static double score(double weight, double scale) {
        return Math.round((1 - Math.exp(-weight / scale)) * 100) / 100.0;
    }
}
