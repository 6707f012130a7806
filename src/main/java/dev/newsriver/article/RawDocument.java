package dev.newsriver.article;

import java.time.Instant;
import java.util.List;

/**
 * One document as a source read it, before cleaning: a whole HTML page, a plain-text page dump, or
 * one entry of a feed. Fields a source does not know are {@code null}.
 *
 * @param source     the configured source it came from
 * @param origin     where it was read, as a URI ({@code file:///…/seeds/000.txt}, {@code https://…/feed.xml#guid})
 * @param format     how {@code content} is to be read
 * @param content    the page (HTML or text), or for a feed entry its HTML or text body
 * @param guid       the identity the source gave it (feed GUID/id), or {@code null}
 * @param url        the article's own link, or {@code null}
 * @param title      a title the source already knows (feed entries), or {@code null}
 * @param author     an author the source already knows, or {@code null}
 * @param published  a date the source already knows, or {@code null}
 * @param categories categories the source gave it (RSS {@code <category>}, page keywords)
 */
public record RawDocument(
        SourceRef source,
        String origin,
        Format format,
        String content,
        String guid,
        String url,
        String title,
        String author,
        Instant published,
        List<String> categories) {

    /** How a raw document's content is to be read. */
    public enum Format {
        /** A whole HTML page. */
        HTML,
        /** A plain-text dump of a page (menus as bullet lines, tickers, footers, all as text). */
        TEXT,
        /** One feed entry: {@code content} is its HTML (or plain text) body; title etc. are given. */
        FEED_ENTRY
    }

    public RawDocument {
        categories = categories == null ? List.of() : List.copyOf(categories);
        content = content == null ? "" : content;
    }

    /**
     * This document with {@code more} categories after its own, each once: a source's configured tags,
     * which apply to all its items (and count as their categories' evidence for tagging).
     */
    public RawDocument withCategories(List<String> more) {
        if (more.isEmpty() || categories.containsAll(more)) {
            return this;
        }
        java.util.Set<String> all = new java.util.LinkedHashSet<>(categories);
        all.addAll(more);
        return new RawDocument(source, origin, format, content, guid, url, title, author, published, List.copyOf(all));
    }

    /** A page read from a file or URL, with nothing known but where it came from. */
    public static RawDocument page(SourceRef source, String origin, Format format, String content) {
        return new RawDocument(source, origin, format, content, null, null, null, null, null, List.of());
    }
}
