package dev.newsriver.clean;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata of an HTML page, read in order of trust: JSON-LD, then OpenGraph and {@code <meta>},
 * then the page itself ({@code <h1>}, {@code <time>}, byline elements). Immutable.
 *
 * @param title      the article title
 * @param byline     the author(s), or {@code null}
 * @param published  publication time, or {@code null}
 * @param siteName   the publication's name, or {@code null}
 * @param categories keywords and section the page declares
 */
record PageMeta(String title, String byline, Instant published, String siteName, List<String> categories) {

    private static final String BYLINE = "[rel=author], [itemprop=author], .byline, .author, .by-line,"
            + " .article-author, .post-author, .author-name, [class*=byline]";

    /** Reads the metadata; call before scripts are stripped from {@code doc}. */
    static PageMeta read(Document doc) {
        JsonLd ld = JsonLd.read(doc);
        String title = Titles.choose(first(ld.headline(), meta(doc, "og:title"), meta(doc, "twitter:title")),
                doc.title(), doc.select("h1"));
        String byline = first(ld.author(), nonUrl(meta(doc, "author")), nonUrl(meta(doc, "article:author")),
                bylineElement(doc));
        Instant published = Dates.iso(first(ld.datePublished(), meta(doc, "article:published_time"),
                meta(doc, "datePublished"), meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "date"),
                meta(doc, "dc.date"), meta(doc, "dc.date.issued"), meta(doc, "parsely-pub-date"),
                meta(doc, "sailthru.date"), attr(doc.selectFirst("time[datetime]"), "datetime")));
        String site = first(meta(doc, "og:site_name"), ld.publisher(), meta(doc, "application-name"));
        return new PageMeta(title, byline, published, site, categories(doc));
    }

    /** The content of the first {@code <meta>} whose property, name or itemprop is {@code key}. */
    static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String c = m.attr("content").strip();
                if (!c.isEmpty()) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String bylineElement(Document doc) {
        for (Element e : doc.select(BYLINE)) {
            String text = e.hasAttr("content") ? e.attr("content") : e.text();
            text = text.strip().replaceFirst("(?i)^(by|von|par|por)\\s+", "");
            if (!text.isEmpty() && text.length() < 100) {
                return text;
            }
        }
        return null;
    }

    private static List<String> categories(Document doc) {
        Set<String> found = new LinkedHashSet<>();
        for (Element m : doc.select("meta[property=article:tag], meta[property=article:section]")) {
            found.add(m.attr("content").strip());
        }
        String keywords = meta(doc, "keywords");
        if (keywords != null && keywords.length() < 300) {
            for (String k : keywords.split(",")) {
                found.add(k.strip());
            }
        }
        found.remove("");
        return new ArrayList<>(found);
    }

    private static String nonUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
