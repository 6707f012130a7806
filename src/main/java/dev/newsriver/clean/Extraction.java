package dev.newsriver.clean;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an extractor found on one page, before it becomes an {@code Article}. Immutable.
 *
 * @param title      the article's title, or {@code null}
 * @param byline     the author as the page states it, or {@code null}
 * @param published  publication time, or {@code null}
 * @param siteName   the publication's name, or {@code null}
 * @param paragraphs body paragraphs (and sub-headings) as plain text, in order
 * @param html       the body as an element (not yet sanitized), or {@code null} to build it from the
 *                   paragraphs
 * @param categories categories the page lists for the article (tag links, keyword bullets)
 * @param outside    keys ({@link Prose#key}) of the short lines found outside the article, for
 *                   learning the source's template
 */
record Extraction(String title, String byline, Instant published, String siteName,
                  List<String> paragraphs, Element html, List<String> categories, Set<String> outside) {

    Extraction {
        paragraphs = List.copyOf(paragraphs);
        categories = List.copyOf(categories);
        outside = Set.copyOf(outside);
    }

    /** The body as plain text, paragraphs separated by a newline. */
    String text() {
        return String.join("\n", paragraphs);
    }
}
