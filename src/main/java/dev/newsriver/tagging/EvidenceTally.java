package dev.newsriver.tagging;

import dev.newsriver.article.Evidence;
import dev.newsriver.article.Evidence.Where;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The evidence gathered for one tag while reading one item: each distinct phrase per part of the item
 * with its count and kind, and the weight they add up to. Mutable; used by one thread for one item.
 */
final class EvidenceTally {
    /** One phrase in one part: how it was written first, its kind, whether it is ambiguous, how often. */
    static final class Item {
        final Phrase phrase;
        final String text;
        final Where where;
        final String kind;
        final boolean ambiguous;
        int count;

        Item(Phrase phrase, String text, Where where, String kind, boolean ambiguous) {
            this.phrase = phrase;
            this.text = text;
            this.where = where;
            this.kind = kind;
            this.ambiguous = ambiguous;
        }
    }

    /** By part of the item (title first), then most frequent first; stable, so ties keep their order. */
    private static final Comparator<Item> EVIDENCE_ORDER = (a, b) -> a.where != b.where
            ? Integer.compare(a.where.ordinal(), b.where.ordinal()) : Integer.compare(b.count, a.count);

    /** One per matched phrase and part, in the order first found; a tag has few, so a list is quickest. */
    private final List<Item> items = new ArrayList<>(4);
    private final java.util.BitSet paragraphs = new java.util.BitSet();

    /** Counts one occurrence of {@code phrase} at tokens [from, to) of {@code t}. */
    void add(Phrase phrase, TextTokens t, int from, int to, String kind, boolean ambiguous) {
        Where where = t.where(from);
        if (where == Where.BODY) {
            paragraphs.set(t.paragraph(from));
        }
        Item item = find(phrase, where);
        if (item == null) {
            item = new Item(phrase, t.surface(from, to), where, kind, ambiguous);
            items.add(item);
        }
        item.count++;
    }

    void addAll(EvidenceTally other) {
        paragraphs.or(other.paragraphs);
        for (Item theirs : other.items) {
            Item mine = find(theirs.phrase, theirs.where);
            if (mine == null) {
                mine = new Item(theirs.phrase, theirs.text, theirs.where, theirs.kind, theirs.ambiguous);
                items.add(mine);
            }
            mine.count += theirs.count;
        }
    }

    /** The item of this very phrase (phrases are compared by identity) in part {@code where}, or null. */
    private Item find(Phrase phrase, Where where) {
        for (Item i : items) {
            if (i.phrase == phrase && i.where == where) {
                return i;
            }
        }
        return null;
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

    /** Whether all the evidence is in part {@code where} (only the body, only the source's categories). */
    boolean onlyIn(Where where) {
        for (Item i : items) {
            if (i.where != where) {
                return false;
            }
        }
        return true;
    }

    /** Evidence for the JSON: title first, then lead, body, categories; most frequent first within each. */
    List<Evidence> evidence() {
        Item[] sorted = items.toArray(new Item[0]);
        Arrays.sort(sorted, EVIDENCE_ORDER);
        Evidence[] out = new Evidence[sorted.length];
        for (int k = 0; k < sorted.length; k++) {
            out[k] = new Evidence(sorted[k].text, sorted[k].count, sorted[k].where);
        }
        return Arrays.asList(out);
    }

    /** Score in [0, 1] for a weight: 1 - exp(-weight / scale), to two decimals. */
    static double score(double weight, double scale) {
        return Math.round((1 - Math.exp(-weight / scale)) * 100) / 100.0;
    }
}
