package dev.newsriver.clean;

import dev.newsriver.article.Article;
import java.time.Instant;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Counts how often an extractor's title, byline and date match a case's expected metadata (after
 * white-space folding; dates compared as instants). Not thread-safe.
 */
final class MetadataTally {

    private int cases;
    private int titles;
    private int bylines;
    private int bylineCases;
    private int dates;
    private int dateCases;

    /** Adds one case and returns the article's text. */
    String add(ReadabilityCorpus.Case c, Article a) {
        add(c, a.title(), a.author(), a.published());
        return a.text();
    }

    /** Adds one case's found title, byline and date (each may be null). */
    void add(ReadabilityCorpus.Case c, String title, String author, Instant date) {
        JsonNode m = c.metadata();
        cases++;
        titles += same(m.path("title").asString(""), title) ? 1 : 0;
        String byline = m.path("byline").asString("");
        if (!byline.isEmpty()) {
            bylineCases++;
            bylines += same(byline, author) ? 1 : 0;
        }
        String published = m.path("publishedTime").asString("");
        if (!published.isEmpty()) {
            dateCases++;
            Instant expected = Dates.iso(published);
            dates += expected != null && expected.equals(date) ? 1 : 0;
        }
    }

    static boolean same(String expected, String actual) {
        return actual != null && fold(expected).equals(fold(actual));
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "title %d/%d, byline %d/%d, published %d/%d", titles, cases, bylines,
                bylineCases, dates, dateCases);
    }
}
