package dev.newsriver.store;

import dev.newsriver.article.Article;
import java.util.Locale;

/**
 * Which items a reader wants: filters shared by {@code /stream}, {@code /feed.*} and {@code /api/items}.
 * Null fields do not filter.
 *
 * @param region            a region tag id ("sahel", "niger")
 * @param topic             a topic tag id ("us-troops")
 * @param source            a source id
 * @param q                 words that must occur in the title or text (case-insensitive)
 * @param includeDuplicates whether near-duplicates are listed too (hidden by default)
 */
public record ItemQuery(String region, String topic, String source, String q, boolean includeDuplicates) {

    /** Every item a reader sees by default: all but near-duplicates. */
    public static final ItemQuery ALL = new ItemQuery(null, null, null, null, false);
    /** Every item, near-duplicates included. */
    public static final ItemQuery EVERYTHING = new ItemQuery(null, null, null, null, true);

    public ItemQuery {
        region = blankToNull(region);
        topic = blankToNull(topic);
        source = blankToNull(source);
        q = blankToNull(q);
    }

    /** The same test the database applies, for items that arrive live. */
    public boolean matches(Article a) {
        return (includeDuplicates || a.duplicateOf() == null)
                && (region == null || a.regions().contains(region))
                && (topic == null || a.topics().contains(topic))
                && (source == null || a.source().id().equals(source))
                && (q == null || contains(a.title(), q) || contains(a.text(), q));
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
