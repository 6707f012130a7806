package dev.newsriver.article;

/**
 * One piece of evidence for a tag: the words that matched, how often, and where.
 *
 * @param text  the matched phrase as it stands in the text (e.g. "Nigerien")
 * @param count how many times it occurs in that part
 * @param where which part of the item it was found in
 */
public record Evidence(String text, int count, Where where) {

    /** The part of an item a piece of evidence was found in. Title and lead weigh more than body. */
    public enum Where {
        TITLE, LEAD, BODY, CATEGORY;

        /** The lower-case name used in JSON. */
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
