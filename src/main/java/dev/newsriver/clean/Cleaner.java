package dev.newsriver.clean;

import dev.newsriver.article.Article;
import dev.newsriver.article.RawDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jsoup.nodes.Entities;

/**
 * Turns a raw document (a whole HTML page, a plain-text page dump or a feed entry) into an
 * {@link Article}: title, byline, date, site name, lead, body text and sanitized body HTML, with the
 * page's furniture left out. What the raw document already knows (a feed entry's title, author,
 * date) wins over what the content says. Thread-safe: one instance may serve many threads at once.
 */
public final class Cleaner {

    private final TextExtractor text = new TextExtractor();
    private final HtmlExtractor html = new HtmlExtractor();
    private final Sanitizer sanitizer = new Sanitizer();
    private final SourceTemplates templates = new SourceTemplates();

    public Cleaner() {
    }

    /**
     * Cleans one document.
     *
     * @throws IllegalArgumentException naming {@code raw.origin()} when no article can be found in it
     */
    public Article clean(RawDocument raw) {
        Objects.requireNonNull(raw, "raw");
        if (raw.content().isBlank()) {
            throw new IllegalArgumentException(raw.origin() + ": empty document");
        }
        Extraction found;
        try {
            found = extract(raw);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(raw.origin() + ": cannot be cleaned: " + e, e);
        }
        if (found == null || found.paragraphs().isEmpty()) {
            throw new IllegalArgumentException(raw.origin() + ": no article text found in " + describe(raw));
        }
        return build(raw, found);
    }

    private Extraction extract(RawDocument raw) {
        return switch (raw.format()) {
            case TEXT -> text(raw);
            case HTML -> html.extract(raw.content(), raw.url());
            case FEED_ENTRY -> FeedEntries.extract(raw.content());
        };
    }

    /** Extracts a dump with its source's learned template, then learns from what it left out. */
    private Extraction text(RawDocument raw) {
        String sourceId = raw.source() == null ? "" : raw.source().id();
        Extraction found = text.extract(raw.content(), templates.furniture(sourceId));
        if (found != null) {
            templates.learn(sourceId, found.outside());
        }
        return found;
    }

    private Article build(RawDocument raw, Extraction found) {
        List<String> paragraphs = found.paragraphs();
        String html = found.html() != null ? sanitizer.sanitize(found.html(), raw.url())
                : sanitizer.sanitize(paragraphsHtml(paragraphs), raw.url());
        return Article.builder()
                .guid(raw.guid()).url(raw.url()).origin(raw.origin()).source(raw.source())
                .title(Sanitizer.plainText(PageMeta.first(raw.title(), found.title())))
                .author(Sanitizer.plainText(PageMeta.first(raw.author(), found.byline())))
                .published(raw.published() != null ? raw.published() : found.published())
                .siteName(Sanitizer.plainText(found.siteName()))
                .summary(Sanitizer.plainText(lead(paragraphs)))
                .text(found.text())
                .html(html)
                .categories(merge(raw.categories(), found.categories()).stream().map(Sanitizer::plainText)
                        .filter(c -> c != null && !c.isEmpty()).distinct().toList())
                .build();
    }

    /** The first paragraph that reads as prose, else the first paragraph: an article's lead. */
    public static String lead(List<String> paragraphs) {
        for (String p : paragraphs) {
            if (Prose.sentence(p, Prose.words(p))) {
                return p;
            }
        }
        return paragraphs.get(0);
    }

    private static String paragraphsHtml(List<String> paragraphs) {
        StringBuilder b = new StringBuilder();
        for (String p : paragraphs) {
            b.append("<p>").append(Entities.escape(p)).append("</p>");
        }
        return b.toString();
    }

    private static List<String> merge(List<String> given, List<String> found) {
        Map<String, String> all = new LinkedHashMap<>();
        for (String c : given) {
            all.putIfAbsent(c.toLowerCase(Locale.ROOT), c);
        }
        for (String c : found) {
            all.putIfAbsent(c.toLowerCase(Locale.ROOT), c);
        }
        return new ArrayList<>(all.values());
    }

    private static String describe(RawDocument raw) {
        return raw.format().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " of " + raw.content().length()
                + " characters";
    }
}
